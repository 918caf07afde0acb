#include "linter/structure/section_synonyms.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "linter/embedded_data.h"
#include "linter/text_util.h"

namespace atslint {

static const char* const kLanguages[] = {"en", "de", "fr", "es", "pt", "it", "nl"};

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
          auto phrase = normalise_heading(phrases.substr(start, comma - start));
          if (!phrase.empty()) all.push_back({phrase, canonical, language});
          start = comma + 1;
        }
      }
    }
    return all;
  }();
  return synonyms;
}

std::string normalise_heading(std::string_view heading) {
  auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(heading.data(), static_cast<int32_t>(heading.size())));
  text.foldCase();
  // Keep letters, digits, '&' and '/'; everything else separates words.
  icu::UnicodeString kept;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalnum(c) || c == '&' || c == '/' || c == '\'') kept.append(c);
    else kept.append(static_cast<UChar32>(' '));
  }
  std::string utf8;
  kept.toUTF8String(utf8);
  auto collapsed = collapse_spaces(utf8);
  // "e x p e r i e n c e": every word a single letter means letter-spaced text.
  bool letter_spaced = collapsed.size() > 4;
  for (size_t i = 1; i < collapsed.size(); i += 2)
    if (collapsed[i] != ' ') letter_spaced = false;
  if (letter_spaced) {
    std::string joined;
    for (char c : collapsed)
      if (c != ' ') joined.push_back(c);
    return joined;
  }
  return collapsed;
}

}  // namespace atslint
