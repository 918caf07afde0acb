#include "linter/embedded_data.h"

#include "linter/text_util.h"

namespace atslint::data {

std::optional<std::string_view> file(std::string_view key) {
  const auto& files = all_files();
  auto it = files.find(key);
  if (it == files.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> word_list(std::string_view key) {
  std::vector<std::string> words;
  auto content = file(key);
  if (!content) return words;
  for (auto line : split_lines(*content)) {
    auto hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (!line.empty()) words.emplace_back(line);
  }
  return words;
}

}  // namespace atslint::data
