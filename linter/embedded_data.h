#pragma once
// Data files (word lists, section synonyms, rule pages) compiled into the binary.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atslint::data {

/// Every embedded file, keyed by its path in the source tree ("rules/data/x.txt").
const std::map<std::string_view, std::string_view>& all_files();

/// The file's content, or nullopt when no such file was embedded.
std::optional<std::string_view> file(std::string_view key);

/// Non-empty lines of a word list, trimmed, with '#' comments removed.
std::vector<std::string> word_list(std::string_view key);

}  // namespace atslint::data
