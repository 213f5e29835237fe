#pragma once

// Boost.Graph headers behind one switch: where Boost is not found as a system include, its
// headers trip our -Wold-style-cast / -Wshadow / ... and CI's -Werror.

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wzero-as-null-pointer-constant"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wcast-qual"
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#endif

#include <boost/graph/adjacency_list.hpp>

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
