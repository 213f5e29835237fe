#pragma once

namespace tb {

/// Builds one visitor from several lambdas, for std::visit over edits.
template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace tb
