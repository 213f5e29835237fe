// pytm elements: Actor, ExternalEntity, Process, SetOfProcesses, Server, Lambda, Datastore.

#include "core/propertycatalog.h"
#include "pytmimportprivate.h"

namespace tb::pytm {

namespace {
QString kindPhrase(ElementKind kind)
{
    switch (kind) {
    case ElementKind::ExternalEntity:
        return QStringLiteral("an external entity");
    case ElementKind::Process:
        return QStringLiteral("a process");
    case ElementKind::DataStore:
        return QStringLiteral("a data store");
    }
    return {};
}

// Where a pytm object that is not an element belongs instead.
QString homeOf(const QString &cls)
{
    if (cls == QLatin1String("Boundary"))
        return QStringLiteral("$.boundaries");
    if (cls == QLatin1String("Dataflow"))
        return QStringLiteral("$.flows");
    if (cls == QLatin1String("Data"))
        return QStringLiteral("$.data");
    return {};
}
} // namespace

bool Importer::setProperty(Element &e, const QString &key, const QJsonValue &value,
                           const QString &subject, const QString &pytmName)
{
    if (!catalog().check(propertyTarget(e.kind), key, value)) {
        drop(subject, QStringLiteral("attribute \"%1\" has no equivalent on %2")
                          .arg(pytmName, kindPhrase(e.kind)));
        return false;
    }
    e.properties.insert(key, value);
    return true;
}

void Importer::readElements(const QJsonArray &list)
{
    for (qsizetype i = 0; i < list.size() && ok(); ++i) {
        const QString path = QStringLiteral("$.elements[%1]").arg(i);
        if (!list.at(i).isObject())
            return fail(path, QStringLiteral("expected an object"));
        Attributes a(*this, list.at(i).toObject(), path);
        if (!a.has(QStringLiteral("name")))
            fail(path + QStringLiteral(".name"), QStringLiteral("missing; expected text"));
        const QString name = a.text(QStringLiteral("name"));
        if (!ok())
            return;
        const QString subject = QStringLiteral("elements[%1] \"%2\"").arg(i).arg(name);
        Element e;
        e.id = stableId(QStringLiteral("element"), name);
        e.name = claimName(m_elementNames, name, e.id, subject, QStringLiteral("flows naming it"));
        QString cls;
        if (!readElementKind(a, subject, e, &cls))
            return;
        if (e.name.trimmed().isEmpty()) {
            e.name = QStringLiteral("%1 %2").arg(cls).arg(i + 1);
            approximate(subject, QStringLiteral("the name is empty; named \"%1\"").arg(e.name));
        }
        e.description = a.text(QStringLiteral("description"));
        if (a.has(QStringLiteral("inBoundary"))) {
            const QString where = a.path(QStringLiteral("inBoundary"));
            const QString zone = a.text(QStringLiteral("inBoundary"));
            e.zone = m_boundaryNames.ids.value(zone);
            if (ok() && e.zone.isNull())
                return fail(where, QStringLiteral("no boundary is named \"%1\"").arg(zone));
        }
        EndDefaults ends;
        ends.className = cls;
        readElementAttributes(a, subject, e, ends);
        if (!ok())
            return;
        a.reportRest(subject, cls);
        if (cls == QLatin1String("Server"))
            m_servers.insert(e.id);
        m_ends.insert(e.id, ends);
        m_subjects.insert(e.id, subject);
        m_elementOrder.append(e.id);
        m_data.elements.insert(e.id, e);
    }
}

bool Importer::readElementKind(Attributes &a, const QString &subject, Element &e,
                               QString *className)
{
    const QString clsPath = a.path(QStringLiteral("__class__"));
    const QJsonValue clsValue = a.take(QStringLiteral("__class__"));
    if (!clsValue.isNull() && !clsValue.isString()) {
        fail(clsPath, QStringLiteral("expected the name of a pytm class such as \"Process\""));
        return false;
    }
    // pytm's loader builds an Asset when __class__ is missing.
    const QString cls = clsValue.isString() ? clsValue.toString() : QStringLiteral("Asset");
    *className = cls;
    if (const QString home = homeOf(cls); !home.isEmpty()) {
        fail(clsPath, QStringLiteral("a %1 belongs in %2, not in $.elements").arg(cls, home));
        return false;
    }
    if (cls == QLatin1String("Actor")) {
        e.kind = ElementKind::ExternalEntity;
        e.stencil = a.isTrue(QStringLiteral("isAdmin")) ? QStringLiteral("administrator")
                                                        : QStringLiteral("user");
    } else if (cls == QLatin1String("ExternalEntity")) {
        e.kind = ElementKind::ExternalEntity;
    } else if (cls == QLatin1String("Process") || cls == QLatin1String("Server")) {
        e.kind = ElementKind::Process; // a Server's stencil is guessed once its flows are known
    } else if (cls == QLatin1String("SetOfProcesses")) {
        e.kind = ElementKind::Process;
        approximate(subject, QStringLiteral("a pytm SetOfProcesses is imported as one process"));
    } else if (cls == QLatin1String("Lambda")) {
        e.kind = ElementKind::Process;
        e.stencil = QStringLiteral("cloud-function");
    } else if (cls == QLatin1String("Datastore")) {
        e.kind = ElementKind::DataStore;
        readStoreKind(a, subject, e);
    } else if (cls == QLatin1String("Asset")) {
        e.kind = ElementKind::Process;
        approximate(subject, clsValue.isString()
                                 ? QStringLiteral("a generic pytm Asset is imported as a process")
                                 : QStringLiteral("no __class__, so pytm makes it a generic Asset; "
                                                  "imported as a process"));
    } else {
        // Newer or custom pytm classes (e.g. LLM): keep the element rather than lose the model.
        e.kind = ElementKind::Process;
        approximate(subject, QStringLiteral("pytm class \"%1\" is not known here; imported as a "
                                            "process")
                                 .arg(cls));
    }
    return ok();
}

void Importer::readStoreKind(Attributes &a, const QString &subject, Element &e)
{
    QString type = a.text(QStringLiteral("type")).trimmed().toUpper();
    if (type.startsWith(QLatin1String("DATASTORETYPE.")))
        type = type.mid(14);
    const std::optional<bool> isSql = a.boolean(QStringLiteral("isSQL"));
    const bool onRds = a.isTrue(QStringLiteral("onRDS"));
    if (onRds)
        setProperty(e, QStringLiteral("hostedBy"), QStringLiteral("cloud-provider"), subject,
                    QStringLiteral("onRDS"));
    if (type == QLatin1String("SQL") || type == QLatin1String("LDAP") || onRds) {
        e.stencil = QStringLiteral("database");
        return;
    }
    if (type == QLatin1String("FILE_SYSTEM")) {
        e.stencil = QStringLiteral("file-system");
        return;
    }
    if (type == QLatin1String("AWS_S3")) {
        e.stencil = QStringLiteral("cloud-storage");
        return;
    }
    if (!type.isEmpty() && type != QLatin1String("UNKNOWN"))
        drop(subject, QStringLiteral("Datastore type \"%1\" is not known here").arg(type));
    QString why;
    e.stencil = guessStoreStencilFromName(e.name, &why);
    if (!e.stencil.isEmpty()) {
        approximate(subject,
                    QStringLiteral("stencil \"%1\" chosen because %2").arg(e.stencil, why));
        return;
    }
    // pytm's isSQL defaults to true: a plain Datastore is an SQL database to pytm's rules.
    if (isSql.value_or(true))
        e.stencil = QStringLiteral("database");
}

void Importer::readElementAttributes(Attributes &a, const QString &subject, Element &e,
                                     EndDefaults &ends)
{
    // pytm copies these onto the element's flows (see readFlow).
    ends.protocol = a.text(QStringLiteral("protocol")).trimmed();
    ends.port = a.integer(QStringLiteral("port")).value_or(-1);
    ends.isEncrypted = a.boolean(QStringLiteral("isEncrypted"));
    ends.authenticatesDestination = a.boolean(QStringLiteral("authenticatesDestination"));
    const QStringList data = a.names(QStringLiteral("data"));
    if (!ok())
        return;
    ends.data = dataByNames(data, subject);
    mapAuthentication(a, subject, e, ends);

    const std::array<std::pair<const char *, const char *>, 6> flags{{
        {"sanitizesInput", "sanitizesInput"},
        {"validatesInput", "sanitizesInput"},
        {"storesLogData", "storesLogs"},
        {"storesPII", "storesPersonalData"},
        {"isEncryptedAtRest", "encryptedAtRest"},
        {"hasPhysicalAccess", "physicalAccess"},
    }};
    for (const auto &[pytmKey, key] : flags) {
        if (a.isTrue(QLatin1String(pytmKey)))
            setProperty(e, QLatin1String(key), true, subject, QLatin1String(pytmKey));
    }
    for (const char *pytmKey : {"hasAccessControl", "authorizesSource"}) {
        if (a.isTrue(QLatin1String(pytmKey))
            && !e.properties.contains(QStringLiteral("authorization"))
            && setProperty(e, QStringLiteral("authorization"), QStringLiteral("role-based"),
                           subject, QLatin1String(pytmKey)))
            approximate(subject, QStringLiteral("%1 (true): authorization set to \"role-based\" "
                                                "(pytm does not say which model)")
                                     .arg(QLatin1String(pytmKey)));
    }
    // A Lambda runs on AWS unless it says otherwise (pytm's default).
    const bool lambda = ends.className == QLatin1String("Lambda");
    if (a.boolean(QStringLiteral("onAWS")).value_or(lambda))
        setProperty(e, QStringLiteral("hostedBy"), QStringLiteral("cloud-provider"), subject,
                    QStringLiteral("onAWS"));
}

void Importer::mapAuthentication(Attributes &a, const QString &subject, Element &e,
                                 EndDefaults &ends)
{
    const QString scheme = a.text(QStringLiteral("authenticationScheme")).trimmed();
    const bool mfa = a.isTrue(QStringLiteral("usesMFA"));
    const bool authenticates = a.isTrue(QStringLiteral("authenticatesSource"));
    const bool implements = a.isTrue(QStringLiteral("implementsAuthenticationScheme"));
    if (scheme.isEmpty() && !mfa && !authenticates && !implements)
        return;
    ends.authenticatesSource = true;
    QString value, note;
    if (!scheme.isEmpty()) {
        value = authenticationForScheme(scheme);
        note = value.isEmpty()
                   ? QStringLiteral("authenticationScheme \"%1\" is not recognised").arg(scheme)
                   : QStringLiteral("authenticationScheme \"%1\" mapped").arg(scheme);
    } else if (mfa) {
        value = QStringLiteral("password-mfa");
        note = QStringLiteral("usesMFA (true) without authenticationScheme");
    } else {
        note = QStringLiteral("%1 (true) without authenticationScheme")
                   .arg(authenticates ? QStringLiteral("authenticatesSource")
                                      : QStringLiteral("implementsAuthenticationScheme"));
    }
    // "password" is the conservative reading when pytm only says "authenticates".
    if (value.isEmpty())
        value = QStringLiteral("password");
    if (mfa && value == QLatin1String("password"))
        value = QStringLiteral("password-mfa");
    if (setProperty(e, QStringLiteral("authentication"), value, subject,
                    QStringLiteral("authenticationScheme")))
        approximate(subject, note + QStringLiteral("; authentication set to \"%1\"").arg(value));
}

} // namespace tb::pytm
