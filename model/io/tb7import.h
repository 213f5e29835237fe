#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QStringList>

namespace tb {

/// Threat types of a Microsoft Threat Modeling Tool template (.tb7) as a Threatbench template
/// library, with a report of each threat type's fate.
struct Tb7Translation
{
    QString library;          // "tmt-sdl-tm-knowledge-base-core"
    QJsonObject templates;    // a "threatbench-templates" library document
    QStringList translated;   // "S1 \"Spoofing the {source.Name} Process\" -> tmt....s1"
    QStringList approximated; // what was read loosely, per threat type
    QStringList untranslated; // threat types left out, with the filters that could not be read
};

/// Translates every threat type whose include and exclude generation filters can be expressed
/// exactly, or with a named approximation, in the template condition language: one flow template
/// per threat type. A threat type with any filter term that cannot be translated (an attribute
/// with no counterpart, a stencil with none, TMT's v3 catch-all) is left out and listed with those
/// terms; nothing is guessed. CAPEC, CWE, Annex I and mitigation references, which .tb7 files do
/// not have, are the defaults of the threat's STRIDE category and are reported as such. The XML
/// is read with no DTD or entity processing and bounded sizes; errors name the line and column.
Result<Tb7Translation> translateTb7(const QByteArray &bytes, const QString &fileName);

} // namespace tb
