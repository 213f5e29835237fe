#include "templatelibrary.h"

#include "core/propertycatalog.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tb {

namespace {

struct Named
{
    const char *name;
    AppliesTo value;
};
constexpr Named kAppliesTo[] = {
    {"external", AppliesTo::External}, {"process", AppliesTo::Process}, {"store", AppliesTo::Store},
    {"element", AppliesTo::Element},   {"flow", AppliesTo::Flow},       {"path", AppliesTo::Path},
};

const QStringList &templateKeys()
{
    static const QStringList keys = {
        QStringLiteral("id"),       QStringLiteral("version"),     QStringLiteral("name"),
        QStringLiteral("category"), QStringLiteral("taxonomies"),  QStringLiteral("appliesTo"),
        QStringLiteral("stencils"), QStringLiteral("path"),        QStringLiteral("condition"),
        QStringLiteral("title"),    QStringLiteral("description"), QStringLiteral("capec"),
        QStringLiteral("cwe"),      QStringLiteral("likelihood"),  QStringLiteral("impact"),
        QStringLiteral("annex"),    QStringLiteral("mitigations"), QStringLiteral("tests"),
    };
    return keys;
}

QStringList allowedPlaceholders(AppliesTo a)
{
    if (a == AppliesTo::Flow)
        return {QStringLiteral("flow.name"), QStringLiteral("flow.protocol"),
                QStringLiteral("source.name"), QStringLiteral("target.name"),
                QStringLiteral("boundary.name")};
    if (a == AppliesTo::Path)
        return {QStringLiteral("from.name"), QStringLiteral("to.name"), QStringLiteral("path"),
                QStringLiteral("element.name"), QStringLiteral("element.stencil")};
    return {QStringLiteral("element.name"), QStringLiteral("element.stencil")};
}

class TemplateReader
{
public:
    TemplateReader(const PropertyCatalog &catalog, QList<Error> &problems)
        : m_catalog(catalog), m_problems(problems)
    {}

    bool read(const QJsonObject &o, const QString &file, const QString &path, ThreatTemplate *t)
    {
        m_ok = true;
        t->file = file;
        t->id = o.value(QStringLiteral("id")).toString();
        m_where = file + QStringLiteral(": template \"")
                  + (t->id.isEmpty() ? QStringLiteral("?") : t->id) + QLatin1Char('"');
        m_path = path;
        if (t->id.isEmpty())
            problem(QStringLiteral(".id"),
                    QStringLiteral("missing; every template needs a stable id"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!templateKeys().contains(it.key()))
                problem(QLatin1Char('.') + it.key(), QStringLiteral("unknown key"));
        }
        t->version = o.value(QStringLiteral("version")).toInt(0);
        if (t->version < 1)
            problem(QStringLiteral(".version"), QStringLiteral("expected a whole number from 1"));
        t->name = text(o, "name", true);
        if (!parseCategory(o.value(QStringLiteral("category")).toString(), &t->category))
            problem(QStringLiteral(".category"),
                    QStringLiteral(
                        "expected a STRIDE category: spoofing, tampering, repudiation, "
                        "information-disclosure, denial-of-service, elevation-of-privilege"));
        t->taxonomies = strings(o, "taxonomies", false);
        readAppliesTo(o, t);
        t->title = text(o, "title", true);
        t->description = text(o, "description", true);
        checkPlaceholders(t->title, QStringLiteral(".title"), t->appliesTo);
        checkPlaceholders(t->description, QStringLiteral(".description"), t->appliesTo);
        t->capec = numbers(o, "capec");
        t->cwe = numbers(o, "cwe");
        t->likelihood = rating(o, "likelihood");
        t->impact = rating(o, "impact");
        t->annex = strings(o, "annex", true);
        for (const QString &a : std::as_const(t->annex)) {
            if (!isAnnexId(a))
                problem(QStringLiteral(".annex"),
                        QStringLiteral(
                            "\"%1\" is not a CRA Annex I id (I(1), I(2)(a)..I(2)(m), II(1)..II(8))")
                            .arg(a));
        }
        t->mitigations = strings(o, "mitigations", true);
        t->tests = o.value(QStringLiteral("tests")).toObject();
        if (o.contains(QStringLiteral("tests"))
            && (!t->tests.value(QStringLiteral("fires")).isObject()
                || !t->tests.value(QStringLiteral("silent")).isObject()))
            problem(QStringLiteral(".tests"),
                    QStringLiteral("expected {\"fires\": scenario, \"silent\": scenario}"));
        return m_ok;
    }

private:
    void problem(const QString &subPath, const QString &message)
    {
        m_ok = false;
        m_problems.append(makeError(message, m_where + QStringLiteral(": ") + m_path + subPath));
    }

    QString text(const QJsonObject &o, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if ((required && v.isUndefined())
            || (!v.isUndefined() && (!v.isString() || v.toString().trimmed().isEmpty())))
            problem(QLatin1Char('.') + QLatin1String(key),
                    QStringLiteral("expected non-empty text"));
        return v.toString();
    }

    QStringList strings(const QJsonObject &o, const char *key, bool nonEmpty)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        QStringList out;
        for (const QJsonValue &x : v.toArray()) {
            if (!x.isString())
                problem(QLatin1Char('.') + QLatin1String(key),
                        QStringLiteral("expected a list of text"));
            out.append(x.toString());
        }
        if ((!v.isUndefined() && !v.isArray()) || (nonEmpty && out.isEmpty()))
            problem(QLatin1Char('.') + QLatin1String(key),
                    QStringLiteral("expected a non-empty list"));
        return out;
    }

    QList<int> numbers(const QJsonObject &o, const char *key)
    {
        QList<int> out;
        for (const QJsonValue &x : o.value(QLatin1String(key)).toArray()) {
            if (!x.isDouble() || x.toDouble() != x.toInt() || x.toInt() <= 0)
                problem(QLatin1Char('.') + QLatin1String(key),
                        QStringLiteral("expected positive whole numbers"));
            out.append(x.toInt());
        }
        if (out.isEmpty())
            problem(QLatin1Char('.') + QLatin1String(key),
                    QStringLiteral("expected at least one reference"));
        return out;
    }

    int rating(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() != v.toInt() || v.toInt() < kMinRating
            || v.toInt() > kMaxRating)
            problem(QLatin1Char('.') + QLatin1String(key),
                    QStringLiteral("expected a whole number from 1 to 4"));
        return std::clamp(v.toInt(2), kMinRating, kMaxRating);
    }

    void readAppliesTo(const QJsonObject &o, ThreatTemplate *t)
    {
        const QString a = o.value(QStringLiteral("appliesTo")).toString();
        bool found = false;
        for (const Named &n : kAppliesTo) {
            if (a == QLatin1String(n.name)) {
                t->appliesTo = n.value;
                found = true;
            }
        }
        if (!found) {
            problem(QStringLiteral(".appliesTo"),
                    QStringLiteral("expected external, process, store, element, flow or path"));
            return;
        }
        t->stencils = strings(o, "stencils", false);
        for (const QString &s : std::as_const(t->stencils)) {
            if (!m_catalog.stencil(s))
                problem(QStringLiteral(".stencils"),
                        QStringLiteral("unknown stencil \"%1\"").arg(s));
        }
        const SubjectSet subjects
            = t->appliesTo == AppliesTo::Flow ? SubjectSet::FlowAndEnds : SubjectSet::ElementOnly;
        t->condition = condition(o.value(QStringLiteral("condition")), QStringLiteral(".condition"),
                                 subjects);
        if (t->appliesTo == AppliesTo::Path) {
            const QJsonObject p = o.value(QStringLiteral("path")).toObject();
            if (!p.contains(QStringLiteral("from")) || !p.contains(QStringLiteral("to")))
                problem(QStringLiteral(".path"),
                        QStringLiteral(
                            "a path template needs {\"from\": condition, \"to\": condition}"));
            t->pathFrom = condition(p.value(QStringLiteral("from")), QStringLiteral(".path.from"),
                                    subjects);
            t->pathTo
                = condition(p.value(QStringLiteral("to")), QStringLiteral(".path.to"), subjects);
            t->hasAvoid = p.contains(QStringLiteral("avoid"));
            t->pathAvoid = condition(p.value(QStringLiteral("avoid")),
                                     QStringLiteral(".path.avoid"), subjects);
        } else if (o.contains(QStringLiteral("path"))) {
            problem(QStringLiteral(".path"), QStringLiteral("only path templates have a path"));
        }
    }

    Condition condition(const QJsonValue &v, const QString &sub, SubjectSet subjects)
    {
        Result<Condition> c = parseCondition(v, m_where, m_path + sub, subjects, m_catalog);
        if (!c) {
            m_ok = false;
            m_problems.append(c.error());
            return Condition::always();
        }
        return std::move(c).value();
    }

    void checkPlaceholders(const QString &text, const QString &sub, AppliesTo a)
    {
        static const QRegularExpression re(QStringLiteral("\\{([^}]*)\\}"));
        const QStringList allowed = allowedPlaceholders(a);
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!allowed.contains(name))
                problem(sub, QStringLiteral("unknown placeholder {%1}; this template has {%2}")
                                 .arg(name, allowed.join(QStringLiteral("}, {"))));
        }
    }

    const PropertyCatalog &m_catalog;
    QList<Error> &m_problems;
    QString m_where;
    QString m_path;
    bool m_ok = true;
};

void readMitigations(const QJsonObject &root, const QString &file, TemplateLibrary &lib,
                     QList<Error> &problems)
{
    const QJsonArray items = root.value(QStringLiteral("mitigations")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        const QString where = file + QStringLiteral(": $.mitigations[%1]").arg(i);
        Mitigation m{o.value(QStringLiteral("id")).toString(),
                     o.value(QStringLiteral("title")).toString(),
                     o.value(QStringLiteral("description")).toString(),
                     {}};
        for (const QJsonValue &a : o.value(QStringLiteral("annex")).toArray())
            m.annex.append(a.toString());
        if (m.id.isEmpty() || m.title.isEmpty() || m.description.isEmpty())
            problems.append(
                makeError(QStringLiteral("a mitigation needs id, title and description"), where));
        else if (std::any_of(m.annex.cbegin(), m.annex.cend(),
                             [](const QString &a) { return !isAnnexId(a); }))
            problems.append(
                makeError(QStringLiteral("annex lists an id that is not a CRA Annex I id"), where));
        else
            lib.mitigations.insert(m.id, m);
    }
}

void readFolder(const QString &folder, const PropertyCatalog &catalog, LibraryLoad &load,
                QHash<QString, qsizetype> &indexById)
{
    QStringList files;
    for (QDirIterator it(folder, {QStringLiteral("*.json")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        files.append(it.next());
    if (files.isEmpty() && !QFileInfo(folder).isDir())
        load.problems.append(makeError(QStringLiteral("not a folder"), folder));
    std::sort(files.begin(), files.end());
    QSet<QString> seenHere;
    TemplateReader reader(catalog, load.problems);
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            load.problems.append(makeError(f.errorString(), file));
            continue;
        }
        const QByteArray bytes = f.readAll();
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
        if (err.error != QJsonParseError::NoError) {
            const QByteArray head = bytes.left(err.offset);
            load.problems.append(
                makeError(QStringLiteral("not valid JSON: ") + err.errorString(),
                          file + QStringLiteral(": line %1").arg(head.count('\n') + 1)));
            continue;
        }
        const QJsonObject root = doc.object();
        const QString format = root.value(QStringLiteral("format")).toString();
        if (format == QLatin1String("threatbench-mitigations")) {
            readMitigations(root, file, load.library, load.problems);
            continue;
        }
        if (format != QLatin1String("threatbench-templates"))
            continue; // properties, examples, schemas: not templates
        load.library.versions.append(root.value(QStringLiteral("library")).toString()
                                     + QLatin1Char(' ')
                                     + root.value(QStringLiteral("version")).toString());
        const QJsonArray items = root.value(QStringLiteral("templates")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            ThreatTemplate t;
            if (!reader.read(items[i].toObject(), file, QStringLiteral("$.templates[%1]").arg(i),
                             &t))
                continue;
            if (seenHere.contains(t.id)) {
                load.problems.append(
                    makeError(QStringLiteral("duplicate template id"),
                              file + QStringLiteral(": template \"%1\"").arg(t.id)));
                continue;
            }
            seenHere.insert(t.id);
            if (const auto it = indexById.constFind(t.id); it != indexById.cend()) {
                load.library.templates[*it] = t; // a later folder overrides
            } else {
                indexById.insert(t.id, load.library.templates.size());
                load.library.templates.append(t);
            }
        }
    }
}

} // namespace

const ThreatTemplate *TemplateLibrary::find(const QString &id) const
{
    for (const ThreatTemplate &t : templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QString appliesToName(AppliesTo a)
{
    for (const Named &n : kAppliesTo) {
        if (n.value == a)
            return QLatin1String(n.name);
    }
    return {};
}

LibraryLoad loadTemplateLibrary(const QStringList &folders, const PropertyCatalog &catalog)
{
    LibraryLoad load;
    QHash<QString, qsizetype> indexById;
    for (const QString &folder : folders)
        readFolder(folder, catalog, load, indexById);
    // Mitigation references can only be checked once every catalogue is read.
    QList<ThreatTemplate> valid;
    for (const ThreatTemplate &t : std::as_const(load.library.templates)) {
        bool ok = true;
        for (const QString &m : t.mitigations) {
            if (!load.library.mitigations.contains(m)) {
                load.problems.append(makeError(
                    QStringLiteral("unknown mitigation \"%1\"").arg(m),
                    t.file + QStringLiteral(": template \"%1\": .mitigations").arg(t.id)));
                ok = false;
            }
        }
        if (ok)
            valid.append(t);
    }
    load.library.templates = valid;
    return load;
}

LibraryLoad builtInTemplateLibrary(const PropertyCatalog &catalog)
{
    return loadTemplateLibrary({QStringLiteral(":/templates")}, catalog);
}

} // namespace tb
