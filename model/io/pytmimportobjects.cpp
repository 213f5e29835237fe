// pytm boundaries and data: zones with guessed trust levels, data assets with needs.

#include "pytmimportprivate.h"

namespace tb::pytm {

namespace {

struct ClassificationInfo
{
    const char *pytm;
    const char *text; // Threatbench's classification vocabulary
    int confidentiality;
};

// pytm's Classification enum in its order (the integer form is the index).
constexpr std::array<ClassificationInfo, 6> kClassifications{{
    {"UNKNOWN", "", 2},
    {"PUBLIC", "public", 0},
    {"RESTRICTED", "internal", 2},
    {"SENSITIVE", "confidential", 3},
    {"SECRET", "secret", 4},
    {"TOP_SECRET", "top-secret", 4},
}};
constexpr int kPublic = 1;

// Index into kClassifications, or -1. Accepts "SECRET", "Classification.SECRET", "top secret", 4.
int parseClassification(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return kPublic; // pytm's default
    if (v.isDouble()) {
        const double x = v.toDouble();
        for (int i = 0; i < static_cast<int>(kClassifications.size()); ++i) {
            if (x == i)
                return i;
        }
        return -1;
    }
    QString s = v.toString().trimmed().toUpper();
    if (s.startsWith(QLatin1String("CLASSIFICATION.")))
        s = s.mid(15);
    s.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    for (int i = 0; i < static_cast<int>(kClassifications.size()); ++i) {
        if (s == QLatin1String(kClassifications[i].pytm))
            return i;
    }
    return -1;
}

} // namespace

void Importer::readBoundaries(const QJsonArray &list)
{
    QList<std::pair<Id, QString>> parentRefs; // boundary -> name of its inBoundary
    QHash<Id, QString> refPaths;
    for (qsizetype i = 0; i < list.size() && ok(); ++i) {
        const QString path = QStringLiteral("$.boundaries[%1]").arg(i);
        if (!list.at(i).isObject()) {
            fail(path, QStringLiteral("expected an object"));
            return;
        }
        Attributes a(*this, list.at(i).toObject(), path);
        if (!a.has(QStringLiteral("name")))
            fail(path + QStringLiteral(".name"), QStringLiteral("missing; expected text"));
        const QString name = a.text(QStringLiteral("name"));
        if (!ok())
            return;
        const QString subject = QStringLiteral("boundaries[%1] \"%2\"").arg(i).arg(name);
        Boundary b;
        b.id = stableId(QStringLiteral("boundary"), name);
        b.kind = BoundaryKind::Zone;
        b.name = claimName(m_boundaryNames, name, b.id, subject,
                           QStringLiteral("elements and boundaries naming it in inBoundary"));
        if (b.name.trimmed().isEmpty()) {
            b.name = QStringLiteral("Boundary %1").arg(i + 1);
            approximate(subject, QStringLiteral("the name is empty; named \"%1\"").arg(b.name));
        }
        b.description = a.text(QStringLiteral("description"));
        if (a.has(QStringLiteral("inBoundary"))) {
            refPaths.insert(b.id, a.path(QStringLiteral("inBoundary")));
            parentRefs.append({b.id, a.text(QStringLiteral("inBoundary"))});
        }
        a.reportRest(subject, QStringLiteral("Boundary"));
        m_subjects.insert(b.id, subject);
        m_boundaryOrder.append(b.id);
        m_data.boundaries.insert(b.id, b);
    }
    // pytm resolves inBoundary in a second pass, so a boundary may name one defined later.
    for (const auto &[id, parentName] : parentRefs) {
        const Id parent = m_boundaryNames.ids.value(parentName);
        if (parent.isNull())
            return fail(refPaths.value(id),
                        QStringLiteral("no boundary is named \"%1\"").arg(parentName));
        if (parent == id)
            return fail(refPaths.value(id), QStringLiteral("a boundary cannot be inside itself"));
        m_data.boundaries[id].parent = parent;
    }
    // Refuse cycles, walking each chain once (0 unseen, 1 on the current walk, 2 known good).
    QHash<Id, int> state;
    for (const Id &start : std::as_const(m_boundaryOrder)) {
        QList<Id> walk;
        Id at = start;
        while (!at.isNull() && state.value(at) == 0) {
            state.insert(at, 1);
            walk.append(at);
            at = m_data.boundaries.value(at).parent;
        }
        if (!at.isNull() && state.value(at) == 1) {
            QStringList names;
            for (qsizetype k = walk.indexOf(at); k < walk.size(); ++k)
                names.append(m_data.boundaries.value(walk[k]).name);
            names.append(m_data.boundaries.value(at).name);
            return fail(refPaths.value(walk.last()), QStringLiteral("boundaries form a cycle: %1")
                                                         .arg(names.join(QStringLiteral(" -> "))));
        }
        for (const Id &w : walk)
            state.insert(w, 2);
    }
    assignTrustLevels(m_boundaryOrder);
}

void Importer::assignTrustLevels(const QList<Id> &order)
{
    QHash<Id, QString> why;
    for (const Id &start : order) {
        // Levels depend on the parent's, so fill the chain from its top down (no recursion: the
        // chain may be long).
        QList<Id> chain;
        for (Id at = start; !at.isNull() && !why.contains(at); at = m_data.boundaries[at].parent)
            chain.prepend(at);
        for (const Id &id : std::as_const(chain)) {
            Boundary &b = m_data.boundaries[id];
            const bool hasParent = !b.parent.isNull();
            const int parentLevel = hasParent ? m_data.boundaries.value(b.parent).trustLevel : 0;
            QString reason;
            b.trustLevel = guessTrustLevel(b.name, parentLevel, hasParent, &reason);
            why.insert(id, reason);
        }
    }
    for (const Id &id : order)
        approximate(m_subjects.value(id), QStringLiteral("pytm has no trust levels; set to %1 (%2)")
                                              .arg(m_data.boundaries.value(id).trustLevel)
                                              .arg(why.value(id)));
}

void Importer::readData(const QJsonArray &list)
{
    for (qsizetype i = 0; i < list.size() && ok(); ++i) {
        const QString path = QStringLiteral("$.data[%1]").arg(i);
        if (!list.at(i).isObject())
            return fail(path, QStringLiteral("expected an object"));
        Attributes a(*this, list.at(i).toObject(), path);
        if (!a.has(QStringLiteral("name")))
            fail(path + QStringLiteral(".name"), QStringLiteral("missing; expected text"));
        const QString name = a.text(QStringLiteral("name"));
        const QString classPath = a.path(QStringLiteral("classification"));
        const int cls = parseClassification(a.take(QStringLiteral("classification")));
        if (ok() && cls < 0)
            fail(classPath, QStringLiteral("expected one of PUBLIC, RESTRICTED, SENSITIVE, "
                                           "SECRET, TOP_SECRET or UNKNOWN"));
        DataFlags flags;
        flags.personal = a.isTrue(QStringLiteral("isPII"));
        flags.credentials = a.isTrue(QStringLiteral("isCredentials"));
        flags.stored = a.isTrue(QStringLiteral("isStored"));
        const QString carriedPath = a.path(QStringLiteral("carriedBy"));
        const QStringList carriedBy = a.names(QStringLiteral("carriedBy"));
        const QString description = a.text(QStringLiteral("description"));
        if (!ok())
            return;
        const QString subject = QStringLiteral("data[%1] \"%2\"").arg(i).arg(name);
        for (const char *lifetime : {"credentialsLife", "lifetime"}) {
            const QJsonValue v = a.take(QLatin1String(lifetime));
            if (!isPytmDefault(QLatin1String(lifetime), v))
                drop(subject, QStringLiteral("%1 (%2): credential lifetimes have no equivalent")
                                  .arg(QLatin1String(lifetime), shortValue(v)));
        }
        a.reportRest(subject, QStringLiteral("Data"));

        DataAsset d;
        d.id = stableId(QStringLiteral("data"), name);
        d.name = claimName(m_dataNames, name, d.id, subject,
                           QStringLiteral("flows and elements listing it"));
        if (d.name.trimmed().isEmpty()) {
            d.name = QStringLiteral("Data %1").arg(i + 1);
            approximate(subject, QStringLiteral("the name is empty; named \"%1\"").arg(d.name));
        }
        d.description = description;
        const ClassificationInfo &info = kClassifications[static_cast<std::size_t>(cls)];
        d.classification = QLatin1String(info.text);
        d.confidentiality = info.confidentiality;
        if (cls == 0)
            approximate(subject, QStringLiteral("classification UNKNOWN: confidentiality assumed "
                                                "medium (2)"));
        // pytm says credentials and PII should always be protected in transit and at rest.
        if ((flags.credentials || flags.personal) && d.confidentiality < 3) {
            approximate(subject, QStringLiteral("%1 is true; confidentiality raised from %2 to 3")
                                     .arg(flags.credentials ? QStringLiteral("isCredentials")
                                                            : QStringLiteral("isPII"))
                                     .arg(d.confidentiality));
            d.confidentiality = 3;
        }
        d.integrity = flags.credentials ? 3 : 2;
        d.availability = 1;
        if (!carriedBy.isEmpty()) {
            m_carriedBy.insert(d.id, carriedBy);
            m_carriedByPath.insert(d.id, carriedPath);
        }
        m_dataFlags.insert(d.id, flags);
        m_subjects.insert(d.id, subject);
        m_dataOrder.append(d.id);
        m_data.assets.insert(d.id, d);
    }
    if (!list.isEmpty())
        approximate(QStringLiteral("data"),
                    QStringLiteral("pytm has no integrity or availability needs; every data asset "
                                   "gets integrity 2 (3 for credentials) and availability 1"));
}

QList<Id> Importer::dataByNames(const QStringList &names, const QString &subject)
{
    QList<Id> ids;
    for (const QString &name : names) {
        if (name.trimmed().isEmpty()) {
            drop(subject, QStringLiteral("an empty data name is ignored"));
            continue;
        }
        Id id = m_dataNames.ids.value(name);
        if (id.isNull()) {
            // pytm turns a bare name into Data(name), which is PUBLIC by default.
            DataAsset d;
            d.id = id = stableId(QStringLiteral("data"), name);
            d.name = claimName(m_dataNames, name, d.id, subject, QString());
            d.classification = QStringLiteral("public");
            d.integrity = 2;
            d.availability = 1;
            approximate(subject, QStringLiteral("data \"%1\" is not defined in $.data; created as "
                                                "PUBLIC data (pytm's default)")
                                     .arg(name));
            m_dataFlags.insert(d.id, {});
            m_subjects.insert(d.id, subject);
            m_dataOrder.append(d.id);
            m_data.assets.insert(d.id, d);
        }
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace tb::pytm
