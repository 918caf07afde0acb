#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "linter/text_util.h"  // strip_accents, to_ascii: once here, now text utilities

namespace atslint {

struct SectionSynonym {
  std::string phrase;  ///< normalised (see normalise_heading)
  std::string canonical;
  std::string language;
  bool whole_only = false;  ///< written "toolkit=": names a section only as the whole heading ("Ledger Ingest Toolkit" is a project)
};

/// Every synonym from rules/data/sections/<lang>.txt, loaded once per process.
/// File format: "canonical: phrase, phrase, ..." one canonical per line; "phrase=" only as a whole heading.
const std::vector<SectionSynonym>& section_synonyms();

/// Normalised phrase -> every synonym spelled that way (a phrase such as
/// "profil" belongs to several languages), in language-file order.
const std::unordered_map<std::string, std::vector<const SectionSynonym*>>& synonym_index();

/// The same index keyed without accents, for headings typed without them
/// ("COMPETENCES", "Experiencia Academica"); consulted only when the exact phrase is unknown.
const std::unordered_map<std::string, std::vector<const SectionSynonym*>>& unaccented_synonym_index();

/// The same index keyed without accents or spaces, for letter-spaced headings printed with no
/// wider gap between words ("P R O F E S S I O N A L E X P E R I E N C E").
const std::unordered_map<std::string, std::vector<const SectionSynonym*>>& spaceless_synonym_index();

/// Normalises a heading for lookup: case-folded; letter-spacing ("E X P E R I E N C E")
/// joined; ",", "&" and "/" kept as separate tokens; other punctuation dropped.
std::string normalise_heading(std::string_view heading);

}  // namespace atslint
