// Pure mappings from OTM's vocabulary: 0-100 scales, component types, threat and task states.

#include "otmimportprivate.h"

#include <QRegularExpression>

#include <array>
#include <cmath>

namespace tb::otm {

QString subjectOf(const QString &path, const QString &name)
{
    const QString at = path.startsWith(QLatin1String("$.")) ? path.mid(2) : path;
    return name.isEmpty() ? at : QStringLiteral("%1 \"%2\"").arg(at, name);
}

namespace {
// Files may hold any number (1e300, -inf, nan from YAML): bound it as a double first, since
// converting an out-of-range double to int is undefined.
int scaledInt(double value, double scale, int lo, int hi)
{
    const double v = value * scale;
    if (!std::isfinite(v))
        return v > 0 ? hi : lo;
    return static_cast<int>(std::lround(std::clamp(v, double(lo), double(hi))));
}
} // namespace

int trustLevelFor(double rating)
{
    return scaledInt(rating, kMaxTrustLevel / 100.0, 0, kMaxTrustLevel);
}

int needFor(double value)
{
    return scaledInt(value, kMaxNeedLevel / 100.0, 0, kMaxNeedLevel);
}

int ratingFor(double value)
{
    // 0-24 -> 1, 25-49 -> 2, 50-74 -> 3, 75-100 -> 4.
    const double v
        = std::isfinite(value) ? std::clamp(value, 0.0, 100.0) : (value > 0 ? 100.0 : 0.0);
    return std::clamp(1 + static_cast<int>(std::floor(v / 25.0)), kMinRating, kMaxRating);
}

ElementKind kindForType(const QString &type, QString *stencil, bool *known)
{
    struct Row
    {
        const char *words;
        ElementKind kind;
        const char *stencil;
    };
    using K = ElementKind;
    // First match wins, so the specific rows come before the general ones.
    static const std::array<Row, 16> rows{{
        {"mobile|android|ios", K::Process, "mobile-app"},
        {"desktop", K::Process, "desktop-app"},
        {"web-client|browser", K::ExternalEntity, "browser"},
        {"user|actor|person|human|customer|operator", K::ExternalEntity, "user"},
        {"third-party|3rd-party|saas|partner|external-service", K::ExternalEntity,
         "third-party-service"},
        {"client|external|internet", K::ExternalEntity, ""},
        {"cache|redis|memcached?|elasticache", K::DataStore, "cache"},
        {"database|db|rds|dynamodb|sql|mysql|postgres(ql)?|mongo(db)?|aurora|cassandra|"
         "redshift|documentdb|cosmos(db)?",
         K::DataStore, "database"},
        {"s3|bucket|blob|storage|glacier|efs", K::DataStore, "cloud-storage"},
        {"log|logs|cloudwatch|siem|audit", K::DataStore, "log-store"},
        {"load-balancer|elb|alb|nlb|gateway|api-gateway|proxy|cdn|cloudfront|waf|ingress",
         K::Process, "gateway"},
        {"queue|sqs|sns|kafka|broker|mq|rabbitmq|eventbridge|kinesis|pubsub|event-bus", K::Process,
         "message-broker"},
        {"lambda|function|serverless", K::Process, "cloud-function"},
        {"update|updates|ota", K::Process, "update-server"},
        {"iot|device|sensor|embedded|firmware|plc", K::Process, "iot-device"},
        {"web|api|rest|graphql|frontend|backend|website|web-service|web-application", K::Process,
         "web-application"},
    }};
    static const auto patterns = [] {
        std::array<QRegularExpression, rows.size()> out;
        for (std::size_t i = 0; i < rows.size(); ++i)
            out[i] = QRegularExpression(
                QStringLiteral("(^|[^a-z0-9])(%1)([^a-z0-9]|$)").arg(QLatin1String(rows[i].words)));
        return out;
    }();
    const QString t = type.toLower();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (patterns[i].match(t).hasMatch()) {
            *stencil = QLatin1String(rows[i].stencil);
            *known = true;
            return rows[i].kind;
        }
    }
    stencil->clear();
    *known = false;
    return K::Process;
}

ThreatStatus threatStatusFor(const QString &state, bool *exact)
{
    static const QHash<QString, std::pair<ThreatStatus, bool>> states{
        {QStringLiteral("exposed"), {ThreatStatus::New, true}},
        {QStringLiteral("open"), {ThreatStatus::New, true}},
        {QStringLiteral("new"), {ThreatStatus::New, true}},
        {QStringLiteral("mitigated"), {ThreatStatus::Mitigated, true}},
        {QStringLiteral("accepted"), {ThreatStatus::Accepted, true}},
        {QStringLiteral("accept"), {ThreatStatus::Accepted, true}},
        {QStringLiteral("transferred"), {ThreatStatus::Transferred, true}},
        {QStringLiteral("notapplicable"), {ThreatStatus::NotApplicable, true}},
        {QStringLiteral("na"), {ThreatStatus::NotApplicable, true}},
        {QStringLiteral("partlymitigated"), {ThreatStatus::New, false}},
        {QStringLiteral("partiallymitigated"), {ThreatStatus::New, false}},
        {QStringLiteral("hidden"), {ThreatStatus::NotApplicable, false}},
    };
    const auto it = states.constFind(squash(state));
    *exact = it != states.cend() && it->second;
    return it == states.cend() ? ThreatStatus::New : it->first;
}

TaskStatus taskStatusFor(const QString &state, bool *exact)
{
    static const QHash<QString, TaskStatus> states{
        {QStringLiteral("recommended"), TaskStatus::Proposed},
        {QStringLiteral("proposed"), TaskStatus::Proposed},
        {QStringLiteral("required"), TaskStatus::Planned},
        {QStringLiteral("planned"), TaskStatus::Planned},
        {QStringLiteral("inprogress"), TaskStatus::InProgress},
        {QStringLiteral("implementationinprogress"), TaskStatus::InProgress},
        {QStringLiteral("implemented"), TaskStatus::Implemented},
        {QStringLiteral("verified"), TaskStatus::Verified},
        {QStringLiteral("tested"), TaskStatus::Verified},
        {QStringLiteral("rejected"), TaskStatus::WontDo},
        {QStringLiteral("notapplicable"), TaskStatus::WontDo},
        {QStringLiteral("na"), TaskStatus::WontDo},
    };
    const auto it = states.constFind(squash(state));
    *exact = it != states.cend();
    return it == states.cend() ? TaskStatus::Proposed : *it;
}

} // namespace tb::otm
