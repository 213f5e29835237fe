#pragma once

#include <QString>

namespace tb::bench {

/// Times a plainly linear job shaped like deriving and storing `records` threats: make each
/// record with its own texts, register it in a hash by a random id, then write every record
/// in id order to a file and sync it. Its time per record is what this machine makes of
/// linear work on that much memory, the yardstick for the engine's growth. Milliseconds.
qint64 linearReferenceMs(qint64 records, const QString &dir);

} // namespace tb::bench
