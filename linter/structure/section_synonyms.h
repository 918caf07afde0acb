#pragma once
#include <string>
#include <vector>

namespace atslint {

struct SectionSynonym {
  std::string phrase;  ///< case-folded, spaces collapsed
  std::string canonical;
  std::string language;
};

/// Every synonym from rules/data/sections/<lang>.txt, loaded once per process.
/// File format: "canonical: phrase, phrase, ..." one canonical per line.
const std::vector<SectionSynonym>& section_synonyms();

/// Normalises a heading for lookup: case-folded, letter-spacing and trailing
/// punctuation removed, "&"/"and" kept, whitespace collapsed.
std::string normalise_heading(std::string_view heading);

}  // namespace atslint
