#include "pytmimportprivate.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace tb::pytm {

namespace {
// Attributes pytm computes itself (inputs, findings, ...): they carry nothing the user wrote.
bool isDerived(const QString &key)
{
    static const QSet<QString> derived{
        QStringLiteral("__class__"),
        QStringLiteral("findings"),
        QStringLiteral("inputs"),
        QStringLiteral("outputs"),
        QStringLiteral("severity"),
        QStringLiteral("uuid"),
        QStringLiteral("processedBy"),
        QStringLiteral("isDestEncryptedAtRest"),
        QStringLiteral("isSourceEncryptedAtRest"),
    };
    return derived.contains(key);
}

QRegularExpression words(const char *pattern)
{
    return QRegularExpression(QLatin1String(pattern), QRegularExpression::CaseInsensitiveOption);
}

// Patterns in order of precedence, compiled once, with the value each one yields.
using Table = QList<std::pair<QRegularExpression, QString>>;

Table table(std::initializer_list<std::pair<const char *, const char *>> rows)
{
    Table t;
    for (const auto &[pattern, value] : rows)
        t.append({words(pattern), QLatin1String(value)});
    return t;
}

// The value of the first pattern that matches `text`; the matched words go to *why.
QString firstMatch(const QString &text, const Table &rows, QString *why)
{
    for (const auto &[re, value] : rows) {
        const QRegularExpressionMatch m = re.match(text);
        if (m.hasMatch()) {
            if (why)
                *why = m.captured(0);
            return value;
        }
    }
    return {};
}
} // namespace

Attributes::Attributes(Importer &imp, const QJsonObject &object, const QString &path)
    : m_imp(imp), m_path(path)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != QLatin1String("controls"))
            m_attrs.insert(it.key(), {it.value(), m_path + QLatin1Char('.') + it.key(), it.key()});
    }
    const QJsonValue controls = object.value(QLatin1String("controls"));
    if (controls.isUndefined() || controls.isNull())
        return;
    if (!controls.isObject()) {
        m_imp.fail(m_path + QStringLiteral(".controls"), QStringLiteral("expected an object"));
        return;
    }
    const QJsonObject c = controls.toObject();
    for (auto it = c.constBegin(); it != c.constEnd(); ++it) {
        // A control set in either place counts; the non-default one wins.
        if (m_attrs.contains(it.key()) && isPytmDefault(it.key(), it.value()))
            continue;
        m_attrs.insert(it.key(), {it.value(), m_path + QStringLiteral(".controls.") + it.key(),
                                  QStringLiteral("controls.") + it.key()});
    }
}

bool Attributes::has(const QString &key) const
{
    const auto it = m_attrs.constFind(key);
    return it != m_attrs.cend() && !it->value.isNull() && !it->value.isUndefined();
}

QString Attributes::path(const QString &key) const
{
    const auto it = m_attrs.constFind(key);
    return it != m_attrs.cend() ? it->path : m_path + QLatin1Char('.') + key;
}

QJsonValue Attributes::take(const QString &key)
{
    const auto it = m_attrs.find(key);
    if (it == m_attrs.end())
        return {};
    const QJsonValue v = it->value;
    m_attrs.erase(it);
    return v.isUndefined() ? QJsonValue() : v;
}

std::optional<bool> Attributes::boolean(const QString &key)
{
    const QString where = path(key);
    const QJsonValue v = take(key);
    if (v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        m_imp.fail(where, QStringLiteral("expected true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

QString Attributes::text(const QString &key)
{
    const QString where = path(key);
    const QJsonValue v = take(key);
    if (v.isNull())
        return {};
    if (!v.isString()) {
        m_imp.fail(where, QStringLiteral("expected text"));
        return {};
    }
    return v.toString();
}

std::optional<int> Attributes::integer(const QString &key)
{
    const QString where = path(key);
    const QJsonValue v = take(key);
    if (v.isNull())
        return std::nullopt;
    const double x = v.toDouble();
    if (!v.isDouble() || !std::isfinite(x) || x != std::floor(x) || std::abs(x) > 1e9) {
        m_imp.fail(where, QStringLiteral("expected a whole number"));
        return std::nullopt;
    }
    return static_cast<int>(x);
}

QStringList Attributes::names(const QString &key)
{
    const QString where = path(key);
    const QJsonValue v = take(key);
    if (v.isNull())
        return {};
    if (v.isString())
        return {v.toString()};
    if (!v.isArray()) {
        m_imp.fail(where, QStringLiteral("expected a list of names"));
        return {};
    }
    QStringList out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            m_imp.fail(where + QStringLiteral("[%1]").arg(i), QStringLiteral("expected a name"));
            return {};
        }
        if (!out.contains(a.at(i).toString()))
            out.append(a.at(i).toString());
    }
    return out;
}

void Attributes::reportRest(const QString &subject, const QString &className)
{
    for (auto it = m_attrs.cbegin(); it != m_attrs.cend(); ++it) {
        if (isDerived(it.key()) || isPytmDefault(it.key(), it->value))
            continue;
        m_imp.drop(subject, QStringLiteral("%1attribute \"%2\" (%3) has no equivalent")
                                .arg(className.isEmpty() ? QString() : className + QLatin1Char(' '),
                                     it->label, shortValue(it->value)));
    }
    m_attrs.clear();
}

bool isPytmDefault(const QString &key, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::Bool:
        // Attributes whose pytm default is true.
        if (key == QLatin1String("inScope") || key == QLatin1String("isSQL")
            || key == QLatin1String("onAWS"))
            return value.toBool();
        return !value.toBool();
    case QJsonValue::Double:
        return value.toDouble() == 0 || value.toDouble() == -1;
    case QJsonValue::String: {
        const QString s = value.toString();
        static const QRegularExpression none(
            QStringLiteral("^([A-Za-z]+\\.)?(UNKNOWN|NONE|NO_ACTION)$"));
        return s.isEmpty() || none.match(s).hasMatch()
               || (key == QLatin1String("codeType") && s == QLatin1String("Unmanaged"))
               || (key == QLatin1String("threatsFile")
                   && s.contains(QLatin1String("threatlib/threats.json")));
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        return a.isEmpty()
               || (key == QLatin1String("levels") && a.size() == 1 && a.at(0).toDouble(-1) == 0);
    }
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    }
    return false;
}

QString shortValue(const QJsonValue &value)
{
    QString s;
    if (value.isString())
        s = QLatin1Char('"') + value.toString() + QLatin1Char('"');
    else if (value.isArray())
        s = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isObject())
        s = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isBool())
        s = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        s = QString::number(value.toDouble());
    else
        s = QStringLiteral("null");
    constexpr int kMax = 60;
    return s.size() > kMax ? s.left(kMax - 3) + QStringLiteral("...") : s;
}

int guessTrustLevel(const QString &name, int parentLevel, bool hasParent, QString *why)
{
    static const QRegularExpression untrusted = words(
        "\\b(internet|public|external|untrusted|outside|wan|world|third[- ]?party|3rd[- ]?party|"
        "guest)\\b");
    static const QRegularExpression dmz = words("\\b(dmz|perimeter|edge)\\b");
    if (const QRegularExpressionMatch m = untrusted.match(name); m.hasMatch()) {
        *why = QStringLiteral("the name mentions \"%1\"").arg(m.captured(0));
        return 0;
    }
    if (const QRegularExpressionMatch m = dmz.match(name); m.hasMatch()) {
        *why = QStringLiteral("the name mentions \"%1\"").arg(m.captured(0));
        return 1;
    }
    if (hasParent) {
        *why = QStringLiteral("one more than its enclosing boundary");
        return std::min(parentLevel + 1, kMaxTrustLevel);
    }
    *why = QStringLiteral("the default for a top-level boundary");
    return 2;
}

QString guessServerStencil(const QString &name, const QStringList &protocols, int port,
                           QString *why)
{
    static const Table byName = table({
        {"\\b(update|updates|firmware|ota)\\b", "update-server"},
        {"\\b(gateway|proxy|load[- ]?balancer|ingress|waf)\\b", "gateway"},
        {"\\b(broker|queue|mqtt|kafka|rabbitmq|amqp|message bus)\\b", "message-broker"},
        {"\\b(web|www|http|https|api|site|portal|front[- ]?end|back[- ]?end|rest)\\b",
         "web-application"},
    });
    QString match;
    const QString byNameStencil = firstMatch(name, byName, &match);
    if (!byNameStencil.isEmpty()) {
        *why = QStringLiteral("the name mentions \"%1\"").arg(match);
        return byNameStencil;
    }
    static const QRegularExpression messaging = words("\\b(mqtts?|amqps?|kafka|stomp|nats)\\b");
    for (const QString &p : protocols) {
        if (interfaceForProtocol(p) == QLatin1String("http")) {
            *why = QStringLiteral("it serves \"%1\"").arg(p);
            return QStringLiteral("web-application");
        }
        if (messaging.match(p).hasMatch()) {
            *why = QStringLiteral("it serves \"%1\"").arg(p);
            return QStringLiteral("message-broker");
        }
    }
    if (port == 80 || port == 443 || port == 8080 || port == 8443) {
        *why = QStringLiteral("it listens on port %1").arg(port);
        return QStringLiteral("web-application");
    }
    return {};
}

QString guessStoreStencilFromName(const QString &name, QString *why)
{
    static const Table byName = table({
        {"\\b(logs?|audit|siem)\\b", "log-store"},
        {"\\b(cache|redis|memcached?)\\b", "cache"},
        {"\\b(bucket|s3|blob|object storage)\\b", "cloud-storage"},
        {"\\b(files?|file system|filesystem|disk|flash)\\b", "file-system"},
        {"\\b(hsm|secure element|tpm|keystore|key store)\\b", "secure-element"},
    });
    QString match;
    const QString s = firstMatch(name, byName, &match);
    if (!s.isEmpty())
        *why = QStringLiteral("the name mentions \"%1\"").arg(match);
    return s;
}

QString authenticationForScheme(const QString &scheme)
{
    static const Table rows = table({
        {"mfa|2fa|multi[- ]?factor|two[- ]?factor|otp|totp|webauthn|fido", "password-mfa"},
        {"cert|mtls|mutual tls|x\\.?509|pki", "client-certificate"},
        {"api[- _]?key", "api-key"},
        {"token|jwt|oauth|oidc|openid|saml|bearer|session|cookie", "token"},
        {"\\bpair(ing|ed)?\\b", "pairing"},
        {"\\b(iam|managed identity|instance role|platform)\\b", "platform"},
        {"password|passphrase|\\bbasic\\b|digest|ntlm|kerberos|ldap|login|\\bforms?\\b",
         "password"},
    });
    return firstMatch(scheme, rows, nullptr);
}

bool protocolImpliesEncryption(const QString &protocol)
{
    static const QRegularExpression tls = words(
        "\\b(https|wss|tls|dtls|ssl|ssh|sftp|ftps|scp|mqtts|amqps|ldaps|smtps|imaps|pop3s|coaps|"
        "grpcs|ipsec|wireguard)\\b");
    return tls.match(protocol).hasMatch();
}

QString transportForProtocol(const QString &protocol)
{
    static const Table rows = table({
        {"\\b(ble|bluetooth le|bluetooth low energy)\\b", "bluetooth-le"},
        {"\\bbluetooth\\b", "bluetooth-classic"},
        {"\\bzigbee\\b", "zigbee"},
        {"\\blora(wan)?\\b", "lorawan"},
        {"\\b(lte|5g|4g|3g|gsm|cellular|nb-iot)\\b", "cellular"},
        {"\\bnfc\\b", "nfc"},
        {"\\busb\\b", "usb"},
        {"\\b(serial|uart|rs-?232|rs-?485)\\b", "serial"},
    });
    return firstMatch(protocol, rows, nullptr);
}

QString interfaceForProtocol(const QString &protocol)
{
    static const Table rows = table({
        {"\\b(https?|http/[0-9.]+|wss?|rest|graphql)\\b", "http"},
        {"\\bmqtts?\\b", "mqtt"},
        {"\\bcoaps?\\b", "coap"},
        {"\\b(ssh|sftp|scp)\\b", "ssh"},
        {"\\btelnet\\b", "telnet"},
        {"\\b(ble|bluetooth le|bluetooth low energy)\\b", "ble"},
    });
    return firstMatch(protocol, rows, nullptr);
}

} // namespace tb::pytm
