#include "pytmimport.h"

#include "jsonreader.h"

#include "core/project.h"
#include "core/propertycatalog.h"
#include "pytmimportprivate.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace tb {

namespace {

// Fixed namespace of the name-based (version 5) ids of imported pytm objects: the same file
// always gives the same ids, so re-imports diff cleanly.
const QUuid kPytmNamespace(QStringLiteral("{3f0c2a8e-6d1b-4c55-9a47-2b8e51d07c13}"));

const QStringList &pytmClasses()
{
    static const QStringList classes{
        QStringLiteral("Actor"),     QStringLiteral("ExternalEntity"),
        QStringLiteral("Process"),   QStringLiteral("SetOfProcesses"),
        QStringLiteral("Server"),    QStringLiteral("Lambda"),
        QStringLiteral("Datastore"), QStringLiteral("Asset"),
        QStringLiteral("LLM"),
    };
    return classes;
}

bool looksLikePytmFlow(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return o.value(QLatin1String("source")).isString() && o.value(QLatin1String("sink")).isString();
}

} // namespace

bool looksLikePytm(const QByteArray &bytes)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    // Other formats that also hold elements or flows say who they are.
    for (const char *foreign : {"format", "otmVersion", "summary", "detail", "diagrams"}) {
        if (root.contains(QLatin1String(foreign)))
            return false;
    }
    const QJsonValue elements = root.value(QLatin1String("elements"));
    const QJsonValue flows = root.value(QLatin1String("flows"));
    if (!elements.isArray() && !flows.isArray())
        return false;
    for (const QJsonValue &e : elements.toArray()) {
        if (pytmClasses().contains(e.toObject().value(QLatin1String("__class__")).toString()))
            return true;
    }
    for (const QJsonValue &f : flows.toArray()) {
        if (looksLikePytmFlow(f))
            return true;
    }
    // An empty pytm model: a name and pytm's lists, nothing else known to other formats.
    return root.value(QLatin1String("name")).isString() && elements.isArray() && flows.isArray()
           && elements.toArray().isEmpty() && flows.toArray().isEmpty();
}

Result<Imported> importPytm(const QByteArray &bytes, const QString &fileName)
{
    return pytm::Importer(fileName).run(bytes);
}

namespace pytm {

Importer::Importer(QString fileName) : m_file(std::move(fileName))
{
    m_report.format = QStringLiteral("pytm");
}

const PropertyCatalog &Importer::catalog() const
{
    return PropertyCatalog::builtIn();
}

void Importer::fail(const QString &path, const QString &message)
{
    if (!m_error)
        m_error = makeError(message, m_file + QStringLiteral(": ") + path);
}

void Importer::approximate(const QString &subject, const QString &what)
{
    m_report.approximated.append(subject + QStringLiteral(": ") + what);
}

void Importer::drop(const QString &subject, const QString &what)
{
    m_report.dropped.append(subject + QStringLiteral(": ") + what);
}

Id Importer::stableId(const QString &kind, const QString &name)
{
    const QString key = kind + QChar(0x1f) + name;
    const int use = m_idUses[key]++;
    return QUuid::createUuidV5(kPytmNamespace, key + QChar(0x1f) + QString::number(use));
}

QString Importer::claimName(NameTable &table, const QString &name, const Id &id,
                            const QString &subject, const QString &what)
{
    const int uses = table.uses[name]++;
    QString shown = name;
    if (uses > 0) {
        shown = name + QStringLiteral(" (%1)").arg(uses + 1);
        approximate(subject, QStringLiteral("the name \"%1\" is also used by %2; imported as "
                                            "\"%3\", and %4 now mean this one (as in pytm)")
                                 .arg(name, table.subjects.value(name), shown, what));
    }
    table.ids.insert(name, id);
    table.subjects.insert(name, subject);
    return shown;
}

QJsonArray Importer::array(Attributes &a, const QString &key)
{
    const QString where = a.path(key);
    const QJsonValue v = a.take(key);
    if (v.isNull())
        return {};
    if (!v.isArray()) {
        fail(where, QStringLiteral("expected a list"));
        return {};
    }
    return v.toArray();
}

void Importer::readRoot(const QJsonObject &root)
{
    Attributes a(*this, root, QStringLiteral("$"));
    const QString model = QStringLiteral("model");
    if (!a.has(QStringLiteral("name"))) {
        fail(QStringLiteral("$.name"),
             QStringLiteral("missing; expected the model's name as text"));
        return;
    }
    QString name = a.text(QStringLiteral("name")).trimmed();
    m_data.product.intendedPurpose = a.text(QStringLiteral("description"));
    m_isOrdered = a.isTrue(QStringLiteral("isOrdered"));
    const bool mergeResponses = a.isTrue(QStringLiteral("mergeResponses"));
    const bool ignoreUnused = a.isTrue(QStringLiteral("ignoreUnused"));
    const QJsonValue onDuplicates = a.take(QStringLiteral("onDuplicates"));
    const QJsonValue threatsFile = a.take(QStringLiteral("threatsFile"));
    const QJsonArray findings = array(a, QStringLiteral("findings"));
    const QJsonArray excluded = array(a, QStringLiteral("threatsExcluded"));
    const QJsonArray assumptions = array(a, QStringLiteral("assumptions"));
    // pytm's --json output repeats elements in "actors" and "assets".
    a.take(QStringLiteral("actors"));
    a.take(QStringLiteral("assets"));
    const QJsonArray boundaries = array(a, QStringLiteral("boundaries"));
    const QJsonArray data = array(a, QStringLiteral("data"));
    const QJsonArray elements = array(a, QStringLiteral("elements"));
    const QJsonArray flows = array(a, QStringLiteral("flows"));
    if (!ok())
        return;

    if (name.isEmpty()) {
        name = QFileInfo(m_file).completeBaseName().trimmed();
        if (name.isEmpty())
            name = QStringLiteral("pytm model");
        approximate(model, QStringLiteral("the model name is empty; named \"%1\"").arg(name));
    }
    m_data.product.name = name;
    m_data.id = stableId(QStringLiteral("project"), name);
    if (m_isOrdered)
        drop(model, QStringLiteral("isOrdered (true): pytm's flow numbering is not kept"));
    if (mergeResponses)
        drop(model, QStringLiteral("mergeResponses (true) only changes pytm's drawing; requests "
                                   "and responses stay separate flows"));
    if (ignoreUnused)
        approximate(model, QStringLiteral("ignoreUnused (true): elements that no flow uses are "
                                          "imported too"));
    if (!isPytmDefault(QStringLiteral("onDuplicates"), onDuplicates))
        approximate(model, QStringLiteral("onDuplicates (%1): duplicate flows are all imported")
                               .arg(shortValue(onDuplicates)));
    if (!isPytmDefault(QStringLiteral("threatsFile"), threatsFile))
        drop(model, QStringLiteral("threatsFile (%1): pytm threat libraries are not imported; "
                                   "Threatbench derives threats from its own templates")
                        .arg(shortValue(threatsFile)));
    if (!excluded.isEmpty())
        drop(model, QStringLiteral("threatsExcluded (%1) applies to pytm's threat library only")
                        .arg(shortValue(excluded)));
    if (!findings.isEmpty())
        drop(model, QStringLiteral("%1 pytm finding(s) not imported; derive threats in "
                                   "Threatbench instead")
                        .arg(findings.size()));
    if (!assumptions.isEmpty())
        drop(model, QStringLiteral("%1 assumption(s) have no equivalent").arg(assumptions.size()));
    a.reportRest(model, QString());

    readBoundaries(boundaries);
    if (ok())
        readData(data);
    if (ok())
        readElements(elements);
    if (ok())
        readFlows(flows);
    if (ok())
        linkData();
    if (ok())
        finishElements();
}

Result<Imported> Importer::run(const QByteArray &bytes)
{
    Result<QJsonDocument> parsed = parseJsonDocument(bytes, m_file);
    if (!parsed)
        return parsed.error();
    const QJsonDocument &doc = parsed.value();
    if (!doc.isObject())
        return makeError(QStringLiteral("expected an object holding a pytm model"),
                         m_file + QStringLiteral(": $"));
    readRoot(doc.object());
    if (!ok())
        return *m_error;
    layout();
    m_report.elements = static_cast<int>(m_data.elements.size());
    m_report.flows = static_cast<int>(m_data.flows.size());
    m_report.boundaries = static_cast<int>(m_data.boundaries.size());
    m_report.dataAssets = static_cast<int>(m_data.assets.size());
    // The importer should only ever build valid projects; if not, say so rather than crash.
    if (Result<void> valid = Project::validate(m_data, catalog()); !valid)
        return makeError(
            QStringLiteral("the imported model is inconsistent: ") + valid.error().text(), m_file);
    return Imported{std::move(m_data), std::move(m_report)};
}

} // namespace pytm

} // namespace tb
