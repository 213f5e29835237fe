// Microsoft Threat Modeling Tool (.tm7) import: the file is streamed, each stencil, line and
// threat instance is read into a small tree and mapped at once, and the knowledge base (stencil
// and threat type definitions, most of the file) is skipped.

#include "tm7import.h"

#include "tm7importprivate.h"

namespace tb {

namespace {
// Fixed namespace of the name-based ids of imported TMT objects: the same file always gives the
// same ids, so re-imports diff cleanly.
const QUuid kTm7Namespace(QStringLiteral("{3c9a7e52-1f4d-4b8e-a6c0-92d7e5b41f38}"));
} // namespace

bool looksLikeTm7(const QByteArray &bytes)
{
    QXmlStreamReader reader(bytes.left(4096));
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement)
            return reader.name() == QLatin1String("ThreatModel");
        if (token == QXmlStreamReader::Invalid)
            return false;
    }
    return false;
}

Result<Imported> importTm7(const QByteArray &bytes, const QString &fileName)
{
    return tm7::Importer(fileName).run(bytes);
}

namespace tm7 {

Importer::Importer(const QString &fileName) : m_ctx(fileName, QStringLiteral("tm7"), kTm7Namespace)
{}

void Importer::fail(const XmlNode &at, const QString &message)
{
    m_ctx.fail(at.where(), message);
}

void Importer::failHere(const QString &message)
{
    m_xml->fail(message);
}

Result<Imported> Importer::run(const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes) {
        m_ctx.fail(QStringLiteral("line 1"), QStringLiteral("the file is %1 MiB; at most %2 MiB "
                                                            "is read")
                                                 .arg(bytes.size() / (1024 * 1024))
                                                 .arg(kMaxBytes / (1024 * 1024)));
        return m_ctx.finish({});
    }
    BoundedXml xml(bytes);
    m_xml = &xml;
    readRoot();
    if (!xml.ok())
        m_ctx.fail(xml.error().second, xml.error().first);
    m_xml = nullptr;
    if (m_ctx.ok())
        reportTotals();
    return m_ctx.finish(std::move(m_data));
}

void Importer::readRoot()
{
    if (!m_xml->nextChild(0)) {
        if (m_xml->ok())
            failHere(QStringLiteral("no root element; expected a Threat Modeling Tool model"));
        return;
    }
    if (m_xml->name() != QLatin1String("ThreatModel"))
        return failHere(QStringLiteral("the root element is <%1>; a Threat Modeling Tool model "
                                       "starts with <ThreatModel>")
                            .arg(m_xml->name().toString()));
    int surfaces = 0;
    bool sawSurfaces = false;
    while (m_ctx.ok() && m_xml->nextChild(1)) {
        const QStringView part = m_xml->name();
        if (part == QLatin1String("DrawingSurfaceList")) {
            sawSurfaces = true;
            while (m_ctx.ok() && m_xml->nextChild(2)) {
                if (m_xml->name() != QLatin1String("DrawingSurfaceModel")) {
                    m_xml->skip();
                    continue;
                }
                readSurface(surfaces++);
            }
        } else if (part == QLatin1String("MetaInformation")) {
            readMeta(m_xml->readTree());
        } else if (part == QLatin1String("Notes")) {
            const XmlNode notes = m_xml->readTree();
            if (!notes.children.isEmpty())
                m_ctx.drop(
                    QStringLiteral("model"),
                    QStringLiteral("%1 note(s) have no equivalent").arg(notes.children.size()));
        } else if (part == QLatin1String("ThreatInstances")) {
            while (m_ctx.ok() && m_xml->nextChild(2))
                addThreat(m_xml->readTree());
        } else if (part == QLatin1String("KnowledgeBase")) {
            m_xml->skip();
            m_ctx.drop(QStringLiteral("model"),
                       QStringLiteral("the embedded knowledge base (stencil and threat type "
                                      "definitions) is not imported; `templates import` reads "
                                      ".tb7 templates"));
        } else {
            m_xml->skip(); // Version, Profile, Validations, ThreatGenerationEnabled: bookkeeping
        }
    }
    if (m_ctx.ok() && m_xml->ok() && !sawSurfaces)
        failHere(QStringLiteral("no <DrawingSurfaceList>; a Threat Modeling Tool model has one"));
    if (m_data.product.name.isEmpty()) {
        m_data.product.name = QStringLiteral("Threat Modeling Tool model");
        m_ctx.approximate(QStringLiteral("model"), QStringLiteral("the model has no name; named "
                                                                  "\"%1\"")
                                                       .arg(m_data.product.name));
    }
    m_data.id = m_ctx.stableId(QStringLiteral("project"), m_data.product.name);
}

void Importer::readMeta(const XmlNode &meta)
{
    m_data.product.name = meta.childText(QLatin1String("ThreatModelName")).simplified();
    m_data.product.intendedPurpose = meta.childText(QLatin1String("HighLevelSystemDescription"));
    for (const char *field :
         {"Owner", "Reviewer", "Contributors", "Assumptions", "ExternalDependencies"}) {
        const QString text = meta.childText(QLatin1String(field));
        if (!text.isEmpty())
            m_ctx.drop(QStringLiteral("model"),
                       QStringLiteral("%1 \"%2\" has no equivalent")
                           .arg(QLatin1String(field), firstLine(text, 60)));
    }
}

void Importer::readSurface(int index)
{
    Surface s;
    s.diagram.id = m_ctx.stableId(QStringLiteral("diagram"), QString::number(index));
    QString header, guid;
    while (m_ctx.ok() && m_xml->nextChild(3)) {
        const QStringView part = m_xml->name();
        if (part == QLatin1String("Borders") || part == QLatin1String("Lines")) {
            const bool borders = part == QLatin1String("Borders");
            if (s.label.isEmpty())
                s.label = QStringLiteral("diagram %1").arg(index + 1);
            if (!borders && !s.zonesAssigned)
                assignZones(s);
            while (m_ctx.ok() && m_xml->nextChild(4)) {
                if (!m_ctx.countObject(m_xml->position()))
                    return;
                const XmlNode entry = m_xml->readTree();
                if (!m_xml->ok())
                    return;
                borders ? addBorder(s, entry) : addLine(s, entry);
            }
        } else if (part == QLatin1String("Header")) {
            header = m_xml->readTree().text.simplified();
            if (!header.isEmpty())
                s.label = QStringLiteral("diagram \"%1\"").arg(header);
        } else if (part == QLatin1String("Properties")) {
            const XmlNode props = m_xml->readTree();
            for (const Attribute &a : readAttributes(&props)) {
                if (a.display == QLatin1String("Name") && header.isEmpty())
                    header = a.value.simplified();
            }
            if (!header.isEmpty())
                s.label = QStringLiteral("diagram \"%1\"").arg(header);
        } else {
            m_xml->skip();
        }
    }
    if (!m_ctx.ok() || !m_xml->ok())
        return;
    if (!s.zonesAssigned)
        assignZones(s);
    s.diagram.name = header;
    if (header.isEmpty()) {
        s.diagram.name = QStringLiteral("Diagram %1").arg(index + 1);
        m_ctx.approximate(QStringLiteral("diagram %1").arg(index + 1),
                          QStringLiteral("no name; named \"%1\"").arg(s.diagram.name));
    }
    m_data.diagrams.insert(s.diagram.id, s.diagram);
}

void Importer::reportTotals()
{
    if (m_prioritiesMapped > 0)
        m_ctx.approximate(QStringLiteral("threats"),
                          QStringLiteral("%1 priority value(s) read as impact (Low 1, Medium 2, "
                                         "High 3); likelihood left at 2")
                              .arg(m_prioritiesMapped));
    if (m_flowHandles > 0)
        m_ctx.approximate(QStringLiteral("flows"),
                          QStringLiteral("%1 flow(s) drawn as curves through a handle; the handle "
                                         "is kept as one bend point")
                              .arg(m_flowHandles));
    if (!m_data.tasks.isEmpty())
        m_ctx.approximate(QStringLiteral("tasks"),
                          QStringLiteral("%1 task(s) made from the justifications of mitigated "
                                         "threats")
                              .arg(m_data.tasks.size()));
}

} // namespace tm7

} // namespace tb
