#pragma once

// A hand-made EBIOS RM ecosystem for the strategic path tests. Ids are fixed so that their order
// is the order of the labels below (V1 < V2 < ..., S1 < S2 < ...).
//
//   S1 Cloud hosting provider  4,4,2,2 -> 4.0 danger    reaches S2, V1, S3
//   S2 Payment provider        2,2,2,2 -> 1.0 control   reaches V2, S1          (cycle S1 <-> S2)
//   S3 Installer               2,3,3,2 -> 1.0 control   reaches S4
//   S4 Mobile app developer    3,2,2,1 -> 3.0 danger    reaches S5, V1
//   S5 Support call centre     1,1,4,4 -> 0.0625 watch  reaches V2, S6, S5      (self-loop)
//   S6 Retail partner          2,1,3,3 -> 0.22 watch    reaches V3, V1, ?, V1   (unknown, repeat)
//
//   V1 Door codes: F1 Codes leaked G4, F2 Codes altered G3
//   V2 Unlock function: F3 Lock unavailable G3, F4 Door opened remotely G3 (tie: F3 wins)
//   V3 Usage history: no feared event
//
//   P1 Organised crime / Ransom (targets any)            retained
//   P2 Stalker / Track a resident (targets V2, V3)       retained
//   P3 Stalker / Ransom                                  not retained
//   P4 Organised crime / Misdirected (targets S1 only)   retained: aims at no business value

#include "core/ebios.h"

#include <QHash>

namespace tb::test {

inline Id fixedId(int n)
{
    return parseId(QStringLiteral("30000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

struct EcosystemIds
{
    Id v1 = fixedId(11), v2 = fixedId(12), v3 = fixedId(13);
    Id f1 = fixedId(21), f2 = fixedId(22), f3 = fixedId(23), f4 = fixedId(24);
    Id o1 = fixedId(31), o2 = fixedId(32);
    Id t1 = fixedId(41), t2 = fixedId(42), t3 = fixedId(43);
    Id p1 = fixedId(51), p2 = fixedId(52), p3 = fixedId(53), p4 = fixedId(54);
    Id s1 = fixedId(61), s2 = fixedId(62), s3 = fixedId(63), s4 = fixedId(64), s5 = fixedId(65),
       s6 = fixedId(66);
    Id unknown = fixedId(99);
};

inline const EcosystemIds &ids()
{
    static const EcosystemIds i;
    return i;
}

/// "S1", "V2", "P1", ...: the short names used in expected lists.
inline QString label(const Id &id)
{
    static const QHash<Id, QString> labels = [] {
        QHash<Id, QString> h;
        const auto add = [&h](QChar prefix, int first, int count) {
            for (int i = 0; i < count; ++i)
                h.insert(fixedId(first + i), prefix + QString::number(i + 1));
        };
        add(QLatin1Char('V'), 11, 3);
        add(QLatin1Char('F'), 21, 5); // F5: free for a test to add
        add(QLatin1Char('O'), 31, 2);
        add(QLatin1Char('T'), 41, 3);
        add(QLatin1Char('P'), 51, 4);
        add(QLatin1Char('S'), 61, 6);
        return h;
    }();
    return labels.value(id, QStringLiteral("?"));
}

inline Stakeholder stakeholder(const Id &id, const char *name, QList<int> criteria,
                               QList<Id> reaches)
{
    Stakeholder s;
    s.id = id;
    s.name = QString::fromUtf8(name);
    s.dependency = criteria[0];
    s.penetration = criteria[1];
    s.maturity = criteria[2];
    s.trust = criteria[3];
    s.reaches = std::move(reaches);
    return s;
}

inline void put(EbiosStudy &s, const StudyItem &item)
{
    s.items.insert(studyItemId(item), item);
}

inline void removeStakeholders(EbiosStudy &s)
{
    for (auto it = s.items.begin(); it != s.items.end();)
        it = std::holds_alternative<Stakeholder>(*it) ? s.items.erase(it) : std::next(it);
}

inline EbiosStudy ecosystem()
{
    const EcosystemIds &i = ids();
    EbiosStudy s;
    const auto value = [&s](const Id &id, const char *name) {
        BusinessValue v;
        v.id = id;
        v.name = QString::fromUtf8(name);
        put(s, v);
    };
    value(i.v1, "Door codes");
    value(i.v2, "Unlock function");
    value(i.v3, "Usage history");
    put(s, FearedEvent{i.f1, i.v1, QStringLiteral("Codes leaked"), {}, 4, {}});
    put(s, FearedEvent{i.f2, i.v1, QStringLiteral("Codes altered"), {}, 3, {}});
    put(s, FearedEvent{i.f3, i.v2, QStringLiteral("Lock unavailable"), {}, 3, {}});
    put(s, FearedEvent{i.f4, i.v2, QStringLiteral("Door opened remotely"), {}, 3, {}});
    put(s, RiskOrigin{i.o1, QStringLiteral("Organised crime"), {}, {}});
    put(s, RiskOrigin{i.o2, QStringLiteral("Stalker"), {}, {}});
    put(s, TargetObjective{i.t1, QStringLiteral("Ransom"), {}, {}});
    put(s, TargetObjective{i.t2, QStringLiteral("Track a resident"), {}, {i.v2, i.v3}});
    put(s, TargetObjective{i.t3, QStringLiteral("Misdirected"), {}, {i.s1}});
    put(s, RoToPair{i.p1, i.o1, i.t1, 4, 4, 3, true, {}});
    put(s, RoToPair{i.p2, i.o2, i.t2, 3, 2, 2, true, {}});
    put(s, RoToPair{i.p3, i.o2, i.t1, 2, 2, 2, false, {}});
    put(s, RoToPair{i.p4, i.o1, i.t3, 2, 2, 2, true, {}});
    put(s, stakeholder(i.s1, "Cloud hosting provider", {4, 4, 2, 2}, {i.s2, i.v1, i.s3}));
    put(s, stakeholder(i.s2, "Payment provider", {2, 2, 2, 2}, {i.v2, i.s1}));
    put(s, stakeholder(i.s3, "Installer", {2, 3, 3, 2}, {i.s4}));
    put(s, stakeholder(i.s4, "Mobile app developer", {3, 2, 2, 1}, {i.s5, i.v1}));
    put(s, stakeholder(i.s5, "Support call centre", {1, 1, 4, 4}, {i.v2, i.s6, i.s5}));
    put(s, stakeholder(i.s6, "Retail partner", {2, 1, 3, 3}, {i.v3, i.v1, i.unknown, i.v1}));
    return s;
}

} // namespace tb::test
