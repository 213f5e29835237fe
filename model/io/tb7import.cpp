// Microsoft Threat Modeling Tool templates (.tb7): each threat type becomes one flow template
// when its generation filters translate; the rest are listed with the terms that did not.

#include "tb7import.h"

#include "foreignimport.h"
#include "tb7filterprivate.h"
#include "tm7xml.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace tb {

namespace {

constexpr qsizetype kMaxThreatTypes = 20000;

struct CategoryDefaults
{
    char letter;
    StrideCategory category;
    int capec, cwe;
    const char *annex;
    const char *mitigation;
};

// .tb7 threat types carry no CAPEC, CWE, Annex I or mitigation references; the template format
// needs them, so each category gets a fitting default, and the report says so.
constexpr CategoryDefaults kDefaults[] = {
    {'S', StrideCategory::Spoofing, 151, 287, "I(2)(d)", "mit.strong-authentication"},
    {'T', StrideCategory::Tampering, 153, 20, "I(2)(f)", "mit.input-validation"},
    {'R', StrideCategory::Repudiation, 268, 778, "I(2)(l)", "mit.security-logging"},
    {'I', StrideCategory::InformationDisclosure, 116, 200, "I(2)(e)", "mit.tls"},
    {'D', StrideCategory::DenialOfService, 125, 400, "I(2)(h)", "mit.rate-limiting"},
    {'E', StrideCategory::ElevationOfPrivilege, 233, 269, "I(2)(d)", "mit.least-privilege"},
};

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c);
        else if (!out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    return out;
}

// "{source.Name}" -> "{source.name}"; other placeholders become their plain words.
QString placeholders(const QString &text, QStringList *dropped)
{
    static const QRegularExpression re(
        QStringLiteral("\\{\\s*(source|target|flow)\\.(\\w+)\\s*\\}"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression any(QStringLiteral("\\{([^{}]*)\\}"));
    QString out = text;
    out.replace(re, QStringLiteral("{\\1.\\2}"));
    QString result;
    qsizetype last = 0;
    for (auto it = any.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += out.mid(last, m.capturedStart() - last);
        const QString inner = m.captured(1).trimmed();
        const QString lower = inner.toLower();
        if (lower == QLatin1String("source.name") || lower == QLatin1String("target.name")
            || lower == QLatin1String("flow.name")) {
            result += QLatin1Char('{') + lower + QLatin1Char('}');
        } else {
            dropped->append(m.captured(0));
            result += inner.section(QLatin1Char('.'), -1);
        }
        last = m.capturedEnd();
    }
    result += out.mid(last);
    return result.simplified();
}

class Translator final
{
public:
    explicit Translator(const QString &fileName) : m_file(fileName) {}

    Result<Tb7Translation> run(const QByteArray &bytes)
    {
        if (bytes.size() > tm7::kMaxBytes)
            return makeError(QStringLiteral("the file is %1 MiB; at most %2 MiB is read")
                                 .arg(bytes.size() / (1024 * 1024))
                                 .arg(tm7::kMaxBytes / (1024 * 1024)),
                             m_file);
        tm7::BoundedXml xml(bytes);
        m_xml = &xml;
        readRoot();
        if (!xml.ok())
            return makeError(xml.error().first, m_file + QStringLiteral(": ") + xml.error().second);
        if (m_error)
            return *m_error;
        m_out.library = QStringLiteral("tmt-")
                        + (m_name.isEmpty() ? QStringLiteral("templates") : slug(m_name));
        m_out.templates = QJsonObject{
            {QStringLiteral("format"), QStringLiteral("threatbench-templates")},
            {QStringLiteral("library"), m_out.library},
            {QStringLiteral("version"), m_version.isEmpty() ? QStringLiteral("1.0.0") : m_version},
            {QStringLiteral("templates"), m_templates}};
        return m_out;
    }

private:
    void fail(const tm7::XmlNode &at, const QString &message)
    {
        if (!m_error)
            m_error = makeError(message, m_file + QStringLiteral(": ") + at.where());
    }

    void readRoot()
    {
        if (!m_xml->nextChild(0)) {
            if (m_xml->ok())
                m_xml->fail(QStringLiteral("no root element; expected a .tb7 knowledge base"));
            return;
        }
        if (m_xml->name() != QLatin1String("KnowledgeBase"))
            return m_xml->fail(QStringLiteral("the root element is <%1>; a .tb7 template starts "
                                              "with <KnowledgeBase>")
                                   .arg(m_xml->name().toString()));
        bool sawTypes = false;
        while (!m_error && m_xml->nextChild(1)) {
            if (m_xml->name() == QLatin1String("Manifest")) {
                const tm7::XmlNode manifest = m_xml->readTree();
                m_name = manifest.attribute(QLatin1String("name"));
                if (m_name.isEmpty())
                    m_name = manifest.childText(QLatin1String("Name"));
                m_version = manifest.attribute(QLatin1String("version"));
                if (m_version.isEmpty())
                    m_version = manifest.childText(QLatin1String("Version"));
            } else if (m_xml->name() == QLatin1String("ThreatTypes")) {
                sawTypes = true;
                while (!m_error && m_xml->nextChild(2)) {
                    if (++m_count > kMaxThreatTypes)
                        return m_xml->fail(
                            QStringLiteral("more than %1 threat types").arg(kMaxThreatTypes));
                    addType(m_xml->readTree());
                }
            } else {
                m_xml->skip();
            }
        }
        if (!m_error && m_xml->ok() && !sawTypes)
            m_xml->fail(QStringLiteral("no <ThreatTypes>; nothing to translate"));
    }

    void addType(const tm7::XmlNode &type)
    {
        if (!m_xml->ok())
            return;
        const QString id = type.childText(QLatin1String("Id"));
        const QString title = type.childText(QLatin1String("ShortTitle")).simplified();
        const QString letter = type.childText(QLatin1String("Category")).left(1).toUpper();
        if (id.isEmpty())
            return fail(type, QStringLiteral("a threat type without an <Id>"));
        const QString subject = QStringLiteral("%1 \"%2\"").arg(id, title);
        const CategoryDefaults *defaults = nullptr;
        for (const CategoryDefaults &d : kDefaults) {
            if (!letter.isEmpty() && letter.at(0) == QLatin1Char(d.letter))
                defaults = &d;
        }
        if (!defaults) {
            m_out.untranslated.append(subject
                                      + QStringLiteral(": category \"%1\" is not a STRIDE category")
                                            .arg(type.childText(QLatin1String("Category"))));
            return;
        }
        const tm7::XmlNode *filters = type.child(QLatin1String("GenerationFilters"));
        const QString include = filters ? filters->childText(QLatin1String("Include")) : QString();
        const QString exclude = filters ? filters->childText(QLatin1String("Exclude")) : QString();
        const tb7::FilterTranslation in = tb7::translateFilter(include);
        const tb7::FilterTranslation ex = tb7::translateFilter(exclude);
        QStringList problems;
        for (const auto &[t, which] : {std::pair{&in, "include"}, std::pair{&ex, "exclude"}}) {
            if (!t->syntaxError.isEmpty())
                problems.append(QStringLiteral("the %1 filter does not parse (%2)")
                                    .arg(QLatin1String(which), t->syntaxError));
            for (const QString &term : t->untranslatable)
                problems.append(QStringLiteral("%1 term %2").arg(QLatin1String(which), term));
        }
        if (include.isEmpty())
            problems.append(QStringLiteral("no include filter (TMT would never generate it)"));
        if (!problems.isEmpty()) {
            m_out.untranslated.append(subject + QStringLiteral(": not translated: ")
                                      + problems.join(QStringLiteral("; ")));
            return;
        }
        QJsonValue condition = in.condition;
        if (!ex.condition.isUndefined()) {
            const QJsonObject notEx{{QStringLiteral("not"), ex.condition}};
            condition = condition.isUndefined()
                            ? QJsonValue(notEx)
                            : QJsonValue(
                                QJsonObject{{QStringLiteral("all"), QJsonArray{condition, notEx}}});
        }
        QStringList dropped;
        const QString name = placeholders(title, &dropped);
        QString description = placeholders(type.childText(QLatin1String("Description")), &dropped);
        if (description.isEmpty())
            description = name;
        QString templateId
            = QStringLiteral("tmt.%1.%2")
                  .arg(m_name.isEmpty() ? QStringLiteral("templates") : slug(m_name), slug(id));
        if (m_ids.contains(templateId)) {
            m_out.untranslated.append(subject
                                      + QStringLiteral(": the id repeats an earlier "
                                                       "threat type's"));
            return;
        }
        m_ids.insert(templateId);
        QJsonObject t{
            {QStringLiteral("id"), templateId},
            {QStringLiteral("version"), 1},
            {QStringLiteral("name"),
             QString(name).remove(QRegularExpression(QStringLiteral("\\{[^}]*\\}"))).simplified()},
            {QStringLiteral("category"), categoryKey(defaults->category)},
            {QStringLiteral("appliesTo"), QStringLiteral("flow")},
            {QStringLiteral("title"), name.isEmpty() ? id : name},
            {QStringLiteral("description"), description},
            {QStringLiteral("capec"), QJsonArray{defaults->capec}},
            {QStringLiteral("cwe"), QJsonArray{defaults->cwe}},
            {QStringLiteral("likelihood"), 2},
            {QStringLiteral("impact"), 2},
            {QStringLiteral("annex"), QJsonArray{QLatin1String(defaults->annex)}},
            {QStringLiteral("mitigations"), QJsonArray{QLatin1String(defaults->mitigation)}}};
        if (t.value(QLatin1String("name")).toString().isEmpty())
            t.insert(QStringLiteral("name"), id);
        if (!condition.isUndefined())
            t.insert(QStringLiteral("condition"), condition);
        m_templates.append(t);
        m_out.translated.append(subject + QStringLiteral(" -> ") + templateId);
        for (const QString &a : in.approximations + ex.approximations)
            m_out.approximated.append(subject + QStringLiteral(": ") + a);
        for (const QString &p : std::as_const(dropped))
            m_out.approximated.append(subject
                                      + QStringLiteral(": placeholder %1 written as "
                                                       "plain text")
                                            .arg(p));
        m_out.approximated.append(
            subject
            + QStringLiteral(": CAPEC %1, CWE %2, Annex I %3 and mitigation %4 are the "
                             "%5 defaults, and likelihood and impact 2; review them")
                  .arg(defaults->capec)
                  .arg(defaults->cwe)
                  .arg(QLatin1String(defaults->annex), QLatin1String(defaults->mitigation),
                       categoryTitle(defaults->category)));
    }

    QString m_file;
    tm7::BoundedXml *m_xml = nullptr;
    std::optional<Error> m_error;
    QString m_name, m_version;
    QJsonArray m_templates;
    QSet<QString> m_ids;
    qsizetype m_count = 0;
    Tb7Translation m_out;
};

} // namespace

Result<Tb7Translation> translateTb7(const QByteArray &bytes, const QString &fileName)
{
    return Translator(fileName).run(bytes);
}

} // namespace tb
