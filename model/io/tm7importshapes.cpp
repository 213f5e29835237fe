// TMT stencils: processes, external interactors and data stores become elements, border
// boundaries zones holding what is drawn inside them; display attributes map onto catalogue
// properties where one fits and are reported where none does.

#include "pytmimportprivate.h"
#include "tm7importprivate.h"

#include <cmath>

namespace tb::tm7 {

namespace {

constexpr QSizeF kDefaultSize(100, 100);

bool isDefaultValue(const QString &value)
{
    const QString v = squash(value);
    return v.isEmpty() || v == QLatin1String("notselected") || v == QLatin1String("no")
           || v == QLatin1String("notapplicable") || v == QLatin1String("false");
}

bool isYes(const Attribute &a)
{
    return squash(a.value) == QLatin1String("yes");
}

// Attributes every stencil has, read by the shape readers themselves.
bool isCommon(const QString &display)
{
    return display == QLatin1String("Name") || display == QLatin1String("Dataflow Order")
           || display == QLatin1String("Out Of Scope")
           || display == QLatin1String("Reason For Out Of Scope");
}

} // namespace

// TMCore stencils with a Threatbench counterpart; the rest import as their generic kind.
QString stencilForType(const QString &type)
{
    static const QHash<QString, QString> table{
        {QStringLiteral("SE.P.TMCore.WebApp"), QStringLiteral("web-application")},
        {QStringLiteral("SE.P.TMCore.WebSvc"), QStringLiteral("web-application")},
        {QStringLiteral("SE.P.TMCore.WebServer"), QStringLiteral("web-application")},
        {QStringLiteral("SE.P.TMCore.ThickClient"), QStringLiteral("desktop-app")},
        {QStringLiteral("SE.EI.TMCore.Browser"), QStringLiteral("browser")},
        {QStringLiteral("SE.EI.TMCore.User"), QStringLiteral("user")},
        {QStringLiteral("SE.EI.TMCore.AuthProvider"), QStringLiteral("third-party-service")},
        {QStringLiteral("SE.EI.TMCore.WebApp"), QStringLiteral("third-party-service")},
        {QStringLiteral("SE.EI.TMCore.WebSvc"), QStringLiteral("third-party-service")},
        {QStringLiteral("SE.EI.TMCore.Megasevrice"), QStringLiteral("third-party-service")},
        {QStringLiteral("SE.DS.TMCore.CloudStorage"), QStringLiteral("cloud-storage")},
        {QStringLiteral("SE.DS.TMCore.SQL"), QStringLiteral("database")},
        {QStringLiteral("SE.DS.TMCore.NoSQL"), QStringLiteral("database")},
        {QStringLiteral("SE.DS.TMCore.FS"), QStringLiteral("file-system")},
        {QStringLiteral("SE.DS.TMCore.ConfigFile"), QStringLiteral("file-system")},
        {QStringLiteral("SE.DS.TMCore.Cache"), QStringLiteral("cache")},
    };
    return table.value(type);
}

QList<Attribute> Importer::readAttributes(const XmlNode *properties)
{
    QList<Attribute> out;
    if (!properties)
        return out;
    for (const XmlNode &item : properties->children) {
        Attribute a;
        a.node = &item;
        a.type = item.type;
        a.display = item.childText(QLatin1String("DisplayName")).simplified();
        const XmlNode *value = item.child(QLatin1String("Value"));
        if (a.type.endsWith(QLatin1String("ListDisplayAttribute"))) {
            QStringList options;
            if (value) {
                for (const XmlNode &o : value->children)
                    options.append(o.text.trimmed());
            }
            const QString selected = item.childText(QLatin1String("SelectedIndex"));
            bool ok = true;
            const int index = selected.isEmpty() ? 0 : selected.toInt(&ok);
            if (!ok || index < 0 || (index >= options.size() && !options.isEmpty())) {
                fail(*item.child(QLatin1String("SelectedIndex")),
                     QStringLiteral("SelectedIndex \"%1\" is not one of the %2 values of \"%3\"")
                         .arg(selected)
                         .arg(options.size())
                         .arg(a.display));
                return {};
            }
            a.value = options.value(index);
        } else if (value && !value->nil) {
            a.value = value->text.trimmed();
            if (a.type == QLatin1String("BooleanDisplayAttribute")
                && a.value != QLatin1String("true") && a.value != QLatin1String("false")) {
                fail(*value, QStringLiteral("expected true or false"));
                return {};
            }
        }
        a.isDefault = a.type == QLatin1String("HeaderDisplayAttribute") || isDefaultValue(a.value);
        out.append(a);
    }
    return out;
}

std::optional<double> Importer::number(const XmlNode &parent, QLatin1String name)
{
    const XmlNode *n = parent.child(name);
    if (!n || n->nil)
        return std::nullopt;
    bool ok = false;
    const double v = n->text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        fail(*n, QStringLiteral("expected a number, not \"%1\"").arg(firstLine(n->text, 40)));
        return std::nullopt;
    }
    if (std::abs(v) > kMaxCoordinate) {
        fail(*n, QStringLiteral("coordinates beyond ±%1").arg(kMaxCoordinate));
        return std::nullopt;
    }
    return v;
}

std::optional<Shape> Importer::readShape(const XmlNode &entry, const Surface &s)
{
    const XmlNode *value = entry.child(QLatin1String("Value"));
    if (!value) {
        fail(entry, QStringLiteral("missing <Value>; expected a stencil"));
        return std::nullopt;
    }
    Shape shape;
    shape.node = value;
    shape.guid = value->childText(QLatin1String("Guid")).toLower();
    if (shape.guid.isEmpty())
        shape.guid = entry.childText(QLatin1String("Key")).toLower();
    if (shape.guid.isEmpty()) {
        fail(*value, QStringLiteral("missing <Guid>; every stencil has one"));
        return std::nullopt;
    }
    shape.generic = value->childText(QLatin1String("GenericTypeId"));
    shape.type = value->childText(QLatin1String("TypeId"));
    shape.attributes = readAttributes(value->child(QLatin1String("Properties")));
    if (!m_ctx.ok())
        return std::nullopt;
    for (const Attribute &a : std::as_const(shape.attributes)) {
        if (a.type == QLatin1String("HeaderDisplayAttribute") && shape.label.isEmpty())
            shape.label = a.display;
        if (a.display == QLatin1String("Name") && shape.name.isEmpty())
            shape.name = a.value.simplified();
    }
    shape.subject
        = s.label + QLatin1Char(' ') + (shape.label.isEmpty() ? shape.generic : shape.label);
    if (!shape.name.isEmpty())
        shape.subject += QStringLiteral(" \"%1\"").arg(shape.name);
    for (const Attribute &a : std::as_const(shape.attributes)) {
        if (a.display == QLatin1String("Out Of Scope") && a.value == QLatin1String("true")) {
            QString reason;
            for (const Attribute &r : std::as_const(shape.attributes)) {
                if (r.display == QLatin1String("Reason For Out Of Scope"))
                    reason = r.value.simplified();
            }
            m_ctx.approximate(
                shape.subject,
                QStringLiteral("out of scope in the Threat Modeling Tool%1; "
                               "imported like any other")
                    .arg(reason.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(reason)));
        }
    }
    return shape;
}

std::optional<QRectF> Importer::readRect(const XmlNode &value, const Shape &shape)
{
    const std::optional<double> left = number(value, QLatin1String("Left"));
    const std::optional<double> top = number(value, QLatin1String("Top"));
    const std::optional<double> width = number(value, QLatin1String("Width"));
    const std::optional<double> height = number(value, QLatin1String("Height"));
    if (!m_ctx.ok())
        return std::nullopt;
    if (!left || !top) {
        fail(value, QStringLiteral("missing <Left> or <Top>; a stencil has a position"));
        return std::nullopt;
    }
    QRectF rect(*left, *top, kDefaultSize.width(), kDefaultSize.height());
    if (width && height && *width >= 1 && *height >= 1)
        rect.setSize(QSizeF(*width, *height));
    else
        m_ctx.approximate(shape.subject, QStringLiteral("no usable size; drawn %1 × %2")
                                             .arg(kDefaultSize.width())
                                             .arg(kDefaultSize.height()));
    return rect;
}

void Importer::addBorder(Surface &s, const XmlNode &entry)
{
    const std::optional<Shape> shape = readShape(entry, s);
    if (!shape)
        return;
    const QString &g = shape->generic;
    if (g == QLatin1String("GE.A"))
        return m_ctx.drop(shape->subject, QStringLiteral("a free text annotation has no "
                                                         "equivalent"));
    const bool node
        = g == QLatin1String("GE.P") || g == QLatin1String("GE.EI") || g == QLatin1String("GE.DS");
    if (!node && g != QLatin1String("GE.TB.B"))
        return m_ctx.drop(shape->subject,
                          QStringLiteral("generic type \"%1\" is not a process, external "
                                         "interactor, data store or border boundary; not imported")
                              .arg(g));
    const std::optional<QRectF> rect = readRect(*shape->node, *shape);
    if (!rect)
        return;
    if (m_byGuid.contains(shape->guid))
        m_ctx.approximate(shape->subject, QStringLiteral("the guid %1 is also used by an earlier "
                                                         "stencil; lines naming it attach to that "
                                                         "one")
                                              .arg(shape->guid));
    if (node)
        addNode(s, *shape, *rect);
    else
        addBox(s, *shape, *rect);
}

void Importer::addNode(Surface &s, const Shape &shape, const QRectF &rect)
{
    Element e;
    e.id = m_ctx.stableId(QStringLiteral("element"), shape.guid);
    e.kind = shape.generic == QLatin1String("GE.P")    ? ElementKind::Process
             : shape.generic == QLatin1String("GE.EI") ? ElementKind::ExternalEntity
                                                       : ElementKind::DataStore;
    e.name = shape.name;
    if (e.name.isEmpty()) {
        e.name = shape.label.isEmpty() ? kindName(e.kind) : shape.label;
        m_ctx.approximate(shape.subject,
                          QStringLiteral("the name is empty; named \"%1\"").arg(e.name));
    }
    e.stencil = stencilForType(shape.type);
    mapAttributes(shape, propertyTarget(e.kind), e.properties, &e.stencil);
    if (e.stencil.isEmpty() && shape.type.startsWith(QLatin1String("SE.")))
        m_ctx.approximate(shape.subject,
                          QStringLiteral("stencil \"%1\" (%2) has no Threatbench counterpart; "
                                         "imported as a generic %3")
                              .arg(shape.label, shape.type, kindName(e.kind)));
    if (!m_byGuid.contains(shape.guid)) // a repeated guid keeps the first
        m_byGuid.insert(shape.guid, e.id);
    s.nodes.append(e.id);
    s.diagram.placements.insert(e.id, {rect, {}});
    m_subjects.insert(e.id, shape.subject);
    m_data.elements.insert(e.id, e);
}

void Importer::addBox(Surface &s, const Shape &shape, const QRectF &rect)
{
    // Zones are found by containment, which costs boxes x stencils: keep that bounded.
    if (s.boxes.size() >= kMaxBoxes)
        return fail(*shape.node,
                    QStringLiteral("more than %1 border boundaries on one diagram").arg(kMaxBoxes));
    Boundary b;
    b.id = m_ctx.stableId(QStringLiteral("boundary"), shape.guid);
    b.kind = BoundaryKind::Zone;
    b.name = shape.name;
    if (b.name.isEmpty()) {
        b.name = QStringLiteral("Trust boundary %1").arg(s.boxes.size() + 1);
        m_ctx.approximate(shape.subject,
                          QStringLiteral("the name is empty; named \"%1\"").arg(b.name));
    }
    QString unused;
    mapAttributes(shape, PropertyTarget::Zone, b.properties, &unused);
    if (!m_byGuid.contains(shape.guid))
        m_byGuid.insert(shape.guid, b.id);
    s.boxes.append(b.id);
    s.diagram.placements.insert(b.id, {rect, {}});
    m_subjects.insert(b.id, shape.subject);
    m_data.boundaries.insert(b.id, b);
}

void Importer::mapAttributes(const Shape &shape, PropertyTarget target, Properties &props,
                             QString *stencil)
{
    const auto put = [&](const char *key, const QJsonValue &value) {
        const QString k = QLatin1String(key);
        if (Result<void> r = PropertyCatalog::builtIn().check(target, k, value); !r) {
            m_ctx.drop(shape.subject, QStringLiteral("%1 does not fit the property catalogue: %2")
                                          .arg(k, r.error().message));
            return false;
        }
        props.insert(k, value);
        return true;
    };
    QStringList unmapped;
    QString dataFormat;
    for (const Attribute &a : shape.attributes) {
        if (a.isDefault || isCommon(a.display))
            continue;
        const QString key = squash(a.display);
        const QString shown = QStringLiteral("%1 \"%2\"").arg(a.display, a.value);
        bool mapped = true;
        if (target == PropertyTarget::Process && key == QLatin1String("runningas")) {
            static const QStringList privileged{QStringLiteral("kernel"), QStringLiteral("system"),
                                                QStringLiteral("administrator"),
                                                QStringLiteral("standarduserwithelevation")};
            const bool high = privileged.contains(squash(a.value));
            if (put("runsAsPrivileged", high))
                m_ctx.approximate(shape.subject, QStringLiteral("%1 read as runsAsPrivileged %2")
                                                     .arg(shown, high ? QStringLiteral("true")
                                                                      : QStringLiteral("false")));
        } else if (target == PropertyTarget::Process && key == QLatin1String("sanitizesinput")) {
            put("sanitizesInput", isYes(a));
        } else if (key == QLatin1String("implementsorusesanauthenticationmechanism")
                   || key == QLatin1String("implementsorusesanauthorizationmechanism")) {
            mapped = false; // "Yes" does not say which mechanism; ours names it
        } else if (target == PropertyTarget::DataStore && isYes(a)
                   && (key == QLatin1String("storescredentials")
                       || key == QLatin1String("storeslogdata") || key == QLatin1String("encrypted")
                       || key == QLatin1String("backup"))) {
            put(key == QLatin1String("storescredentials") ? "storesCredentials"
                : key == QLatin1String("storeslogdata")   ? "storesLogs"
                : key == QLatin1String("encrypted")       ? "encryptedAtRest"
                                                          : "backedUp",
                true);
            if (key == QLatin1String("storeslogdata") && stencil->isEmpty())
                *stencil = QStringLiteral("log-store");
        } else if (target == PropertyTarget::DataStore && key == QLatin1String("storetype")) {
            const QString t = squash(a.value);
            if (stencil->isEmpty())
                *stencil = t.contains(QLatin1String("database")) ? QStringLiteral("database")
                           : t == QLatin1String("filesystem")    ? QStringLiteral("file-system")
                           : t == QLatin1String("cache")         ? QStringLiteral("cache")
                                                                 : QString();
            mapped = !stencil->isEmpty();
        } else if (target == PropertyTarget::Flow && isYes(a)
                   && (key == QLatin1String("providesconfidentiality")
                       || key == QLatin1String("providesintegrity"))) {
            put(key == QLatin1String("providesconfidentiality") ? "encrypted"
                                                                : "integrityProtected",
                true);
        } else if (target == PropertyTarget::Flow && isYes(a)
                   && (key == QLatin1String("sourceauthenticated")
                       || key == QLatin1String("destinationauthenticated"))) {
            if (put("authenticated", true))
                m_ctx.approximate(shape.subject, shown + QStringLiteral(" read as authenticated"));
        } else if (target == PropertyTarget::Flow && isYes(a)
                   && (key == QLatin1String("transmitsxml") || key == QLatin1String("soappayload")
                       || key == QLatin1String("jsonpayload"))) {
            const QString format = key == QLatin1String("jsonpayload") ? QStringLiteral("json")
                                                                       : QStringLiteral("xml");
            if (!dataFormat.isEmpty() && dataFormat != format)
                m_ctx.approximate(shape.subject,
                                  QStringLiteral("%1 and an earlier payload attribute; dataFormat "
                                                 "kept as \"%2\"")
                                      .arg(shown, dataFormat));
            else if (dataFormat.isEmpty() && put("dataFormat", format))
                dataFormat = format;
        } else {
            mapped = false;
        }
        if (!mapped)
            unmapped.append(shown);
    }
    if (!unmapped.isEmpty())
        m_ctx.drop(shape.subject, QStringLiteral("attributes with no equivalent: %1")
                                      .arg(unmapped.join(QStringLiteral(", "))));
}

Id Importer::zoneFor(const Surface &s, const QRectF &rect, bool *byCentre) const
{
    // The smallest box holding the whole rectangle; failing that, the smallest holding its centre.
    Id whole, centre;
    double wholeArea = 0, centreArea = 0;
    for (const Id &box : s.boxes) {
        const QRectF r = s.diagram.placements.value(box).rect;
        const double area = r.width() * r.height();
        if (r.contains(rect) && (whole.isNull() || area < wholeArea)) {
            whole = box;
            wholeArea = area;
        } else if (r.contains(rect.center()) && (centre.isNull() || area < centreArea)) {
            centre = box;
            centreArea = area;
        }
    }
    *byCentre = whole.isNull() && !centre.isNull();
    return whole.isNull() ? centre : whole;
}

void Importer::assignZones(Surface &s)
{
    s.zonesAssigned = true;
    // Larger boxes first (file order breaks ties): a parent comes before its children, and two
    // boxes of the same size can never contain each other.
    QList<Id> order = s.boxes;
    const auto area = [&](const Id &id) {
        const QRectF r = s.diagram.placements.value(id).rect;
        return r.width() * r.height();
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](const Id &a, const Id &b) { return area(a) > area(b); });
    for (qsizetype i = 0; i < order.size(); ++i) {
        Boundary &b = m_data.boundaries[order[i]];
        const QRectF r = s.diagram.placements.value(b.id).rect;
        for (qsizetype j = i - 1; j >= 0; --j) { // the smallest enclosing box is the latest
            if (s.diagram.placements.value(order[j]).rect.contains(r)) {
                b.parent = order[j];
                break;
            }
        }
        const bool hasParent = !b.parent.isNull();
        QString why;
        b.trustLevel = pytm::guessTrustLevel(
            b.name, hasParent ? m_data.boundaries.value(b.parent).trustLevel : 0, hasParent, &why);
        m_ctx.approximate(m_subjects.value(b.id),
                          QStringLiteral("%1the Threat Modeling Tool has no trust levels; set to "
                                         "%2 (%3)")
                              .arg(hasParent ? QStringLiteral("drawn inside \"%1\"; ")
                                                   .arg(m_data.boundaries.value(b.parent).name)
                                             : QString())
                              .arg(b.trustLevel)
                              .arg(why));
    }
    for (const Id &node : std::as_const(s.nodes)) {
        Element &e = m_data.elements[node];
        bool byCentre = false;
        e.zone = zoneFor(s, s.diagram.placements.value(node).rect, &byCentre);
        if (byCentre)
            m_ctx.approximate(m_subjects.value(node),
                              QStringLiteral("overlaps the edge of zone \"%1\"; placed in it as "
                                             "its centre is inside")
                                  .arg(m_data.boundaries.value(e.zone).name));
    }
}

} // namespace tb::tm7
