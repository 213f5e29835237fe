#pragma once

// A small smart-lock project built through tb::Project::apply(), shared by the UI tests.

#include "core/project.h"

#include <QDebug>

namespace tb::uitest {

struct UiSampleIds
{
    Id diagram;
    Id owner, firmware, cloud, log;
    Id internet, home, vendor, backend, bleLine;
    Id unlock, status, update, write;
};

inline Element makeElement(ElementKind kind, const QString &name, const QString &stencil,
                           const Id &zone)
{
    Element e;
    e.id = newId();
    e.kind = kind;
    e.name = name;
    e.stencil = stencil;
    e.zone = zone;
    return e;
}

inline Boundary makeZone(const QString &name, int trust, const Id &parent = {})
{
    Boundary b;
    b.id = newId();
    b.kind = BoundaryKind::Zone;
    b.name = name;
    b.trustLevel = trust;
    b.parent = parent;
    return b;
}

inline Flow makeFlow(const Id &from, const Id &to, const QString &name)
{
    Flow f;
    f.id = newId();
    f.source = from;
    f.target = to;
    f.name = name;
    return f;
}

/// Fills a blank project; returns false (after logging why) if any edit is refused.
inline bool buildUiSample(Project &project, UiSampleIds *ids)
{
    bool ok = true;
    auto apply = [&](const Edit &edit) {
        if (!ok)
            return;
        const Result<Edit> r = project.apply(edit);
        if (!r) {
            qWarning().noquote() << "sample edit refused:" << r.error().text();
            ok = false;
        }
    };
    auto at = [&](const QRectF &rect) {
        return QList<PlacementAt>{{ids->diagram, {rect, {}}}};
    };
    auto via = [&](const QList<QPointF> &points) {
        return QList<PlacementAt>{{ids->diagram, {QRectF(), points}}};
    };
    ids->diagram = ProjectData::sortedIds(project.data().diagrams).value(0);
    apply(SetAttribute{project.data().id, QStringLiteral("name"), QStringLiteral("Test Lock")});

    const Boundary internet = makeZone(QStringLiteral("Internet"), 0);
    const Boundary home = makeZone(QStringLiteral("Home network"), 2);
    const Boundary vendor = makeZone(QStringLiteral("Vendor cloud"), 4);
    const Boundary backend = makeZone(QStringLiteral("Backend"), 5, vendor.id);
    Boundary ble;
    ble.id = newId();
    ble.kind = BoundaryKind::Line;
    ble.name = QStringLiteral("BLE radio");
    apply(AddBoundary{internet, at({20, 20, 220, 300})});
    apply(AddBoundary{home, at({280, 20, 260, 300})});
    apply(AddBoundary{vendor, at({600, 20, 420, 400})});
    apply(AddBoundary{backend, at({630, 200, 360, 200})});
    apply(AddBoundary{ble, via({{250, 10}, {250, 340}})});

    const Element owner = makeElement(ElementKind::ExternalEntity, QStringLiteral("Home Owner"),
                                      QStringLiteral("user"), internet.id);
    const Element firmware = makeElement(ElementKind::Process, QStringLiteral("Lock Firmware"),
                                         QStringLiteral("iot-device"), home.id);
    const Element cloud = makeElement(ElementKind::Process, QStringLiteral("Cloud API"),
                                      QStringLiteral("web-application"), vendor.id);
    const Element log
        = makeElement(ElementKind::DataStore, QStringLiteral("Audit Log"), {}, backend.id);
    apply(AddElement{owner, at({60, 120, 140, 70})});
    apply(AddElement{firmware, at({340, 100, 130, 120})});
    apply(AddElement{cloud, at({660, 70, 200, 80})});
    apply(AddElement{log, at({700, 290, 180, 60})});

    const Flow unlock = makeFlow(owner.id, firmware.id, QStringLiteral("Unlock command"));
    const Flow status = makeFlow(firmware.id, cloud.id, QStringLiteral("Status report"));
    const Flow update = makeFlow(cloud.id, firmware.id, QStringLiteral("Firmware update"));
    const Flow write = makeFlow(cloud.id, log.id, QStringLiteral("Write event"));
    apply(ConnectFlow{unlock, via({})});
    apply(ConnectFlow{status, via({})});
    apply(ConnectFlow{update, via({})});
    apply(ConnectFlow{write, via({{760, 230}})});

    *ids = {ids->diagram, owner.id,   firmware.id, cloud.id,  log.id,    internet.id, home.id,
            vendor.id,    backend.id, ble.id,      unlock.id, status.id, update.id,   write.id};
    return ok;
}

} // namespace tb::uitest
