#pragma once

// Shared by the parts of the project diff; not a public API.

#include "projectdiff.h"

#include <QJsonValue>

namespace tb::diff {

/// Both models, to name what ids refer to and compare objects field by field.
struct Context
{
    const ProjectData &a;
    const ProjectData &b;

    QString nameOf(const Id &id) const;    // the new side first, so a rename reads as new
    QString flowName(const Flow &f) const; // "source -> target" when it has no name
    QString itemName(const StudyItem &item) const;
    QString text(const QJsonValue &v) const; // ids as names, lists joined, absent as ""
    void diffJson(const QJsonObject &x, const QJsonObject &y, const QString &prefix,
                  QList<DiffField> &out) const;
    void diffProperties(const QJsonObject &x, const QJsonObject &y, QList<DiffField> &out) const;
    void diffTreatment(const Id &subject, QList<DiffField> &out) const;
    bool sameTreatment(const Id &subject) const;
};

void sortEntries(QList<DiffEntry> &list);

/// head(object, isNew) names an object; same() and fields() compare two versions of it.
template<typename T, typename Head, typename Same, typename Fields>
DiffSection diffById(const QString &key, const QString &title, const QHash<Id, T> &a,
                     const QHash<Id, T> &b, Head head, Same same, Fields fields)
{
    DiffSection s{key, title, {}, {}, {}};
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.cend()) {
            s.removed.append(head(*it, false));
        } else if (!same(*it, *other)) {
            DiffEntry e = head(*it, false);
            e.summary.clear();
            fields(*it, *other, e.fields);
            if (e.fields.isEmpty()) // never report "identical" for objects that differ
                e.fields.append({QStringLiteral("details"), {}, QStringLiteral("changed"), true});
            s.changed.append(e);
        }
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            s.added.append(head(*it, true));
    }
    sortEntries(s.added);
    sortEntries(s.removed);
    sortEntries(s.changed);
    return s;
}

} // namespace tb::diff
