#include "threatdragonimport.h"

#include "threatdragonimportprivate.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace tb {

namespace {
// Fixed namespace of the name-based ids of imported Threat Dragon objects: the same file always
// gives the same ids, so re-imports diff cleanly.
const QUuid kThreatDragonNamespace(QStringLiteral("{8d2f6c1e-4b7a-4e0f-9c3d-5a1e7b20f4c6}"));
} // namespace

bool looksLikeThreatDragon(const QByteArray &bytes)
{
    if (bytes.size() > kMaxImportBytes)
        return false;
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QJsonValue detail = root.value(QLatin1String("detail"));
    return root.value(QLatin1String("summary")).isObject() && detail.isObject()
           && detail.toObject().value(QLatin1String("diagrams")).isArray();
}

Result<Imported> importThreatDragon(const QByteArray &bytes, const QString &fileName)
{
    return threatdragon::Importer(fileName).run(bytes);
}

namespace threatdragon {

Importer::Importer(const QString &fileName)
    : m_ctx(fileName, QStringLiteral("threat-dragon"), kThreatDragonNamespace)
{}

Result<Imported> Importer::run(const QByteArray &bytes)
{
    if (const std::optional<QJsonObject> root
        = m_ctx.parseRoot(bytes, QStringLiteral("a Threat Dragon model"))) {
        readRoot(*root);
        reportTotals();
    }
    return m_ctx.finish(std::move(m_data));
}

void Importer::readRoot(const QJsonObject &rootObject)
{
    ForeignObject root(m_ctx, rootObject, QStringLiteral("$"));
    const QString model = QStringLiteral("model");
    for (const QString &key : {QStringLiteral("summary"), QStringLiteral("detail")}) {
        if (!root.has(key))
            return m_ctx.fail(root.pathOf(key), QStringLiteral("missing; a Threat Dragon model has "
                                                               "a summary and a detail"));
    }
    root.skip({QStringLiteral("version"), QStringLiteral("release_version"),
               QStringLiteral("released_at")});
    ForeignObject summary = root.object(QStringLiteral("summary"));
    QString title = summary.text(QStringLiteral("title")).trimmed();
    m_data.product.intendedPurpose = summary.text(QStringLiteral("description"));
    const QString owner = summary.text(QStringLiteral("owner"));
    summary.skip({QStringLiteral("id")});
    ForeignObject detail = root.object(QStringLiteral("detail"));
    const auto diagrams = detail.array(QStringLiteral("diagrams"));
    QStringList contributors;
    for (const auto &[v, path] : detail.array(QStringLiteral("contributors"))) {
        ForeignObject c(m_ctx, v, path);
        if (const QString name = c.text(QStringLiteral("name")); !name.isEmpty())
            contributors.append(name);
    }
    const QString reviewer = detail.text(QStringLiteral("reviewer"));
    detail.skip({QStringLiteral("diagramTop"), QStringLiteral("threatTop")});
    if (!m_ctx.ok())
        return;

    if (title.isEmpty()) {
        title = QStringLiteral("Threat Dragon model");
        m_ctx.approximate(model, QStringLiteral("the title is empty; named \"%1\"").arg(title));
    }
    m_data.product.name = title;
    m_data.id = m_ctx.stableId(QStringLiteral("project"), title);
    if (!owner.isEmpty())
        m_ctx.drop(model, QStringLiteral("owner \"%1\" has no equivalent").arg(owner));
    if (!contributors.isEmpty())
        m_ctx.drop(model, QStringLiteral("contributors (%1) have no equivalent")
                              .arg(contributors.join(QStringLiteral(", "))));
    if (!reviewer.isEmpty())
        m_ctx.drop(model, QStringLiteral("reviewer \"%1\" has no equivalent").arg(reviewer));
    for (ForeignObject *o : {&root, &summary, &detail}) {
        for (const QString &field : o->unread())
            m_ctx.drop(o->path(), field + QStringLiteral(" has no equivalent"));
    }
    qsizetype cells = 0; // in all diagrams together
    for (int i = 0; i < diagrams.size() && m_ctx.ok(); ++i) {
        const QJsonObject d = diagrams[i].first.toObject();
        const QJsonValue inner = d.value(QLatin1String("diagramJson"));
        const bool v1 = inner.isObject();
        cells += (v1 ? inner.toObject() : d).value(QLatin1String("cells")).toArray().size();
        if (m_ctx.checkCount(cells, diagrams[i].second
                                        + (v1 ? QStringLiteral(".diagramJson.cells")
                                              : QStringLiteral(".cells"))))
            readDiagram(diagrams[i].first, diagrams[i].second, i);
    }
}

void Importer::readDiagram(const QJsonValue &value, const QString &path, int index)
{
    if (!value.isObject())
        return m_ctx.fail(path, QStringLiteral("expected an object"));
    ForeignObject d(m_ctx, value, path);
    DiagramState s;
    s.label = QStringLiteral("diagrams[%1]").arg(index);
    const QString title = d.text(QStringLiteral("title")).trimmed();
    s.type = d.text(QStringLiteral("diagramType")).trimmed();
    const QString description = d.text(QStringLiteral("description"));
    d.skip({QStringLiteral("id"), QStringLiteral("thumbnail"), QStringLiteral("version"),
            QStringLiteral("placeholder")});
    const bool v1 = d.has(QStringLiteral("diagramJson"));
    const auto cellValues
        = v1 ? d.object(QStringLiteral("diagramJson")).array(QStringLiteral("cells"))
             : d.array(QStringLiteral("cells"));
    if (!m_ctx.ok())
        return;
    s.diagram.id = m_ctx.stableId(QStringLiteral("diagram"), QString::number(index));
    s.diagram.name = title;
    if (title.isEmpty()) {
        s.diagram.name = QStringLiteral("Diagram %1").arg(index + 1);
        m_ctx.approximate(s.label,
                          QStringLiteral("the title is empty; named \"%1\"").arg(s.diagram.name));
    }
    s.label += QStringLiteral(" \"%1\"").arg(s.diagram.name);
    if (!description.trimmed().isEmpty())
        m_ctx.drop(s.label, QStringLiteral("the diagram description has no equivalent"));
    for (const QString &field : d.unread())
        m_ctx.drop(s.label, field + QStringLiteral(" has no equivalent"));

    QList<Cell> cells;
    for (const auto &[v, cellPath] : cellValues) {
        std::optional<Cell> c = readCell(v, cellPath, v1, s.label);
        if (!m_ctx.ok())
            return;
        if (c)
            cells.append(*c);
    }
    // Nodes and boxes first: zones need every box, and flows and curves attach to nodes.
    for (const Cell &c : std::as_const(cells)) {
        if (c.kind == CellKind::Actor || c.kind == CellKind::Process || c.kind == CellKind::Store)
            addNode(s, c);
        else if (c.kind == CellKind::Box)
            addBox(s, c);
        else if (c.kind == CellKind::Text)
            m_ctx.drop(c.subject, QStringLiteral("free text on the diagram has no equivalent"));
        else if (c.kind == CellKind::Unknown) {
            m_ctx.drop(c.subject,
                       QStringLiteral("unknown shape \"%1\" is not imported").arg(c.shape));
            ForeignObject data(m_ctx, c.data, c.dataPath);
            readThreats(data, c, {}, s.type); // whatever it is, its threats stay
        }
        if (!m_ctx.ok())
            return;
    }
    assignZones(s);
    for (const Cell &c : std::as_const(cells)) {
        if (c.kind == CellKind::Curve)
            addCurve(s, c);
        else if (c.kind == CellKind::Flow)
            addFlow(s, c);
        if (!m_ctx.ok())
            return;
    }
    m_data.diagrams.insert(s.diagram.id, s.diagram);
}

} // namespace threatdragon

} // namespace tb
