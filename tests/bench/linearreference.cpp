#include "linearreference.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

#include <unistd.h>

namespace tb::bench {

namespace {
// About a derived threat's size: a title, a description, and the fixed fields.
struct Record
{
    QUuid id;
    QString title;
    QString description;
    int numbers[40] = {};
};

QUuid randomId(QRandomGenerator &rng)
{
    QUuid id;
    id.data1 = rng.generate();
    id.data2 = quint16(rng.generate());
    id.data3 = quint16(rng.generate());
    const quint64 rest = rng.generate64();
    std::copy_n(reinterpret_cast<const uchar *>(&rest), 8, id.data4);
    return id;
}
} // namespace

qint64 linearReferenceMs(qint64 records, const QString &dir)
{
    QRandomGenerator rng(11);
    const QString words = QStringLiteral("A sender on the other side of the boundary can read or "
                                         "change what the flow carries. ");
    QElapsedTimer t;
    t.start();
    QList<Record> made;
    made.reserve(records);
    for (qint64 i = 0; i < records; ++i) {
        Record r;
        r.id = randomId(rng);
        r.title = QStringLiteral("Reference threat %1 on element %2").arg(i).arg(i % 9973);
        r.description = QString(words + QString::number(i) + QLatin1Char(' ')).repeated(3);
        made.append(std::move(r));
    }
    QHash<QUuid, Record> registry;
    registry.reserve(records);
    QList<QUuid> ids;
    ids.reserve(records);
    for (Record &r : made) {
        ids.append(r.id);
        registry.insert(r.id, std::move(r));
    }
    made = {};
    std::sort(ids.begin(), ids.end(), [](const QUuid &a, const QUuid &b) { return a < b; });

    QFile file(dir + QStringLiteral("/reference.bin"));
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    QByteArray chunk;
    chunk.reserve(1 << 20);
    for (const QUuid &id : std::as_const(ids)) {
        const Record &r = *registry.constFind(id);
        chunk += r.id.toByteArray(QUuid::WithoutBraces);
        chunk += r.title.toUtf8();
        chunk += r.description.toUtf8();
        chunk.append(400, ' '); // the other columns and the index entry, as stored
        if (chunk.size() > (1 << 20) - 4096) {
            file.write(chunk);
            chunk.resize(0);
        }
    }
    file.write(chunk);
    file.flush();
    ::fsync(file.handle());
    file.close();
    registry = {};
    const qint64 ms = t.elapsed();
    file.remove();
    return ms;
}

} // namespace tb::bench
