#include "objects.h"

namespace tb {

namespace {
template<typename Enum, std::size_t N>
bool parseName(const QString &text, const std::array<std::pair<Enum, const char *>, N> &table,
               Enum *out)
{
    for (const auto &[value, name] : table) {
        if (text == QLatin1String(name)) {
            *out = value;
            return true;
        }
    }
    return false;
}

template<typename Enum, std::size_t N>
QString nameOf(Enum value, const std::array<std::pair<Enum, const char *>, N> &table)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QLatin1String(name);
    }
    return {};
}

constexpr std::array<std::pair<ElementKind, const char *>, 3> kElementKinds{{
    {ElementKind::ExternalEntity, "external"},
    {ElementKind::Process, "process"},
    {ElementKind::DataStore, "store"},
}};
constexpr std::array<std::pair<BoundaryKind, const char *>, 2> kBoundaryKinds{{
    {BoundaryKind::Zone, "zone"},
    {BoundaryKind::Line, "line"},
}};
constexpr std::array<std::pair<CraClass, const char *>, 4> kCraClasses{{
    {CraClass::Default, "default"},
    {CraClass::ImportantClassI, "important-class-1"},
    {CraClass::ImportantClassII, "important-class-2"},
    {CraClass::Critical, "critical"},
}};
} // namespace

QString kindName(ElementKind kind)
{
    return nameOf(kind, kElementKinds);
}
QString kindName(BoundaryKind kind)
{
    return nameOf(kind, kBoundaryKinds);
}
QString craClassName(CraClass cls)
{
    return nameOf(cls, kCraClasses);
}
bool parseElementKind(const QString &text, ElementKind *out)
{
    return parseName(text, kElementKinds, out);
}
bool parseBoundaryKind(const QString &text, BoundaryKind *out)
{
    return parseName(text, kBoundaryKinds, out);
}
bool parseCraClass(const QString &text, CraClass *out)
{
    return parseName(text, kCraClasses, out);
}

} // namespace tb
