#include "linter/structure/section_synonyms.h"

#include <memory>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "linter/embedded_data.h"
#include "linter/text_util.h"

namespace atslint {

// The seven the product was built for, then the Scandinavian three (their CVs share the European layouts).
static const char* const kLanguages[] = {"en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "no"};

const std::vector<SectionSynonym>& section_synonyms() {
  static const std::vector<SectionSynonym> synonyms = [] {
    std::vector<SectionSynonym> all;
    for (const char* language : kLanguages) {
      auto key = std::string("rules/data/sections/") + language + ".txt";
      for (const auto& entry : data::word_list(key)) {
        auto colon = entry.find(':');
        if (colon == std::string::npos) continue;
        std::string canonical(trim(std::string_view(entry).substr(0, colon)));
        std::string_view phrases = std::string_view(entry).substr(colon + 1);
        size_t start = 0;
        while (start <= phrases.size()) {
          size_t comma = phrases.find(',', start);
          if (comma == std::string_view::npos) comma = phrases.size();
          auto written = trim(phrases.substr(start, comma - start));
          bool whole_only = written.ends_with('=');
          auto phrase = normalise_heading(whole_only ? written.substr(0, written.size() - 1) : written);
          if (!phrase.empty()) all.push_back({phrase, canonical, language, whole_only});
          start = comma + 1;
        }
      }
    }
    return all;
  }();
  return synonyms;
}

const std::unordered_map<std::string, std::vector<const SectionSynonym*>>& synonym_index() {
  static const auto index = [] {
    std::unordered_map<std::string, std::vector<const SectionSynonym*>> map;
    for (const auto& synonym : section_synonyms()) map[synonym.phrase].push_back(&synonym);
    return map;
  }();
  return index;
}

const std::unordered_map<std::string, std::vector<const SectionSynonym*>>& unaccented_synonym_index() {
  static const auto index = [] {
    std::unordered_map<std::string, std::vector<const SectionSynonym*>> map;
    for (const auto& synonym : section_synonyms()) map[strip_accents(synonym.phrase)].push_back(&synonym);
    return map;
  }();
  return index;
}

const std::unordered_map<std::string, std::vector<const SectionSynonym*>>& spaceless_synonym_index() {
  static const auto index = [] {
    std::unordered_map<std::string, std::vector<const SectionSynonym*>> map;
    for (const auto& synonym : section_synonyms()) {
      auto key = strip_accents(synonym.phrase);
      std::erase(key, ' ');
      map[key].push_back(&synonym);
    }
    return map;
  }();
  return index;
}

std::string normalise_heading(std::string_view heading) {
  auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(heading.data(), static_cast<int32_t>(heading.size())));
  text.foldCase();
  icu::UnicodeString kept;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalnum(c) || c == '\'' || c == 0xFFFD) {  // U+FFFD: a letter a tool lost ("EXP�RIENCES"), still a letter's place
      kept.append(c);
    } else if (c == '&' || c == '/' || c == ',' || c == '+') {
      kept.append(static_cast<UChar32>(' ')).append(c).append(static_cast<UChar32>(' '));
    } else if (u_isspace(c)) {
      kept.append(static_cast<UChar32>(' '));
    } else {
      kept.append(static_cast<UChar32>(' '));
    }
  }
  std::string utf8;
  kept.toUTF8String(utf8);
  auto spaced = std::string(trim(utf8));
  // "// Experiencia": a code comment's slashes before the name (Manfred's MAC format), no compound's separator.
  while (spaced.starts_with("/")) spaced = std::string(trim(std::string_view(spaced).substr(1)));
  return collapse_spaces(join_letter_spacing(spaced));
}

}  // namespace atslint
