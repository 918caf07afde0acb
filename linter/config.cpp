#include "linter/config.h"

#include <fmt/format.h>
#include <fnmatch.h>

#include <toml++/toml.h>

#include "linter/error.h"
#include "linter/rule_registry.h"
#include "linter/text_util.h"

namespace atslint {
namespace fs = std::filesystem;

namespace {

constexpr const char* kConfigName = ".atslint.toml";

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(previous, current);
  }
  return previous[b.size()];
}

/// "unknown key 'x'" with the closest allowed key, for a "did you mean".
std::string unknown_key(std::string_view where, std::string_view key, const std::vector<std::string>& allowed) {
  std::string best;
  size_t best_distance = 3;  // further than this is not a typo
  for (const auto& candidate : allowed) {
    size_t distance = edit_distance(to_lower_ascii(key), candidate);
    if (distance < best_distance) best = candidate, best_distance = distance;
  }
  std::string message = fmt::format("unknown {} '{}'", where, key);
  if (!best.empty()) return message + fmt::format(": did you mean '{}'?", best);
  return message + fmt::format(": expected one of {}", join(allowed, ", "));
}

class ConfigReader {
 public:
  explicit ConfigReader(fs::path path) { config_.path = std::move(path); }

  ConfigFile read() {
    toml::table root;
    try {
      root = toml::parse_file(config_.path.string());
    } catch (const toml::parse_error& error) {
      fail(fmt::format("line {}: {}", error.source().begin.line, error.description()));
    }
    for (const auto& [key, value] : root) {
      std::string name(key.str());
      if (name == "rules") read_rules(value);
      else if (name == "per-file-ignores") read_per_file_ignores(value);
      else if (name == "suppress") read_suppress(value);
      else if (name == "fail-on") read_fail_on(value);
      else fail(unknown_key("section", name, {"rules", "per-file-ignores", "suppress", "fail-on"}));
    }
    // `severity = "off"` adds to ignore, whatever order the keys were written in.
    if (!turned_off_.empty()) {
      if (!config_.ignore) config_.ignore.emplace();
      config_.ignore->insert(config_.ignore->end(), turned_off_.begin(), turned_off_.end());
    }
    return std::move(config_);
  }

 private:
  [[noreturn]] void fail(const std::string& problem) const {
    throw AtsError("config", fmt::format("{}: {}", config_.path.string(), problem));
  }

  std::vector<std::string> strings(const toml::node& node, std::string_view where) const {
    std::vector<std::string> values;
    if (auto text = node.value<std::string>()) return {*text};
    const auto* array = node.as_array();
    if (!array) fail(fmt::format("{} must be a list of strings", where));
    for (const auto& item : *array) {
      auto text = item.value<std::string>();
      if (!text) fail(fmt::format("{} must be a list of strings", where));
      values.push_back(*text);
    }
    return values;
  }

  std::vector<std::string> selectors(const toml::node& node, std::string_view where) const {
    auto values = strings(node, where);
    for (const auto& value : values)
      if (auto problem = check_rule_selector(value)) fail(fmt::format("{}: {}", where, *problem));
    return values;
  }

  void read_fail_on(const toml::node& node) {
    auto text = node.value_exact<std::string>();
    if (!text || (*text != "error" && *text != "warning" && *text != "info" && *text != "never"))
      fail("fail-on must be \"error\", \"warning\", \"info\" or \"never\"");
    config_.fail_on = *text;
  }

  void read_rules(const toml::node& node) {
    const auto* table = node.as_table();
    if (!table) fail("[rules] must be a table");
    for (const auto& [key, value] : *table) {
      std::string name(key.str());
      if (name == "select") config_.select = selectors(value, "[rules] select");
      else if (name == "ignore") config_.ignore = selectors(value, "[rules] ignore");
      else if (value.is_table()) read_rule(name, *value.as_table());
      else fail(unknown_key("key in [rules]", name, {"select", "ignore"}));
    }
  }

  void read_rule(const std::string& key, const toml::table& table) {
    const Rule* rule = find_rule(key);
    if (!rule) {
      auto suggestion = suggest_rule(key);
      fail(fmt::format("unknown rule [rules.{}]{}", key, suggestion.empty() ? "" : fmt::format(": did you mean '{}'?", suggestion)));
    }
    std::string name(rule->info().name);
    auto declared = declared_options(rule->info());
    nlohmann::json options = nlohmann::json::object();
    for (const auto& [option_key, value] : table) {
      std::string option(option_key.str());
      if (option == "severity") {
        read_severity(name, value);
        continue;
      }
      auto type = declared.find(option);
      if (type == declared.end()) {
        std::vector<std::string> allowed{"severity"};
        for (const auto& [known, unused] : declared) allowed.push_back(known);
        auto problem = unknown_key(fmt::format("option of {}", name), option, allowed);
        if (declared.empty() && problem.find("did you mean") == std::string::npos)
          problem = fmt::format("unknown option of {} '{}': this rule has no options besides severity", name, option);
        fail(problem);
      }
      options[option] = to_json(value, type->second, fmt::format("[rules.{}] {}", name, option));
    }
    if (!options.empty()) config_.options[name] = options;
  }

  void read_severity(const std::string& name, const toml::node& value) {
    auto text = value.value<std::string>();
    Severity severity;
    if (text && *text == "off") {
      turned_off_.push_back(name);
    } else if (text && parse_severity(*text, severity)) {
      config_.severity[name] = severity;
    } else {
      fail(fmt::format("[rules.{}] severity must be \"error\", \"warning\", \"info\" or \"off\"", name));
    }
  }

  /// "min-words:int extra-acronyms:strings" -> {min-words: int, extra-acronyms: strings}.
  static std::map<std::string, std::string> declared_options(const RuleInfo& info) {
    std::map<std::string, std::string> declared;
    std::string_view list = info.options;
    while (!list.empty()) {
      auto space = list.find(' ');
      auto item = list.substr(0, space);
      auto colon = item.find(':');
      if (!item.empty()) declared[std::string(item.substr(0, colon))] = std::string(colon == std::string_view::npos ? "" : item.substr(colon + 1));
      list = space == std::string_view::npos ? std::string_view{} : list.substr(space + 1);
    }
    return declared;
  }

  nlohmann::json to_json(const toml::node& value, const std::string& type, const std::string& where) const {
    if (type == "int") {
      if (auto number = value.value_exact<int64_t>()) return *number;
      fail(where + " must be a whole number");
    }
    if (type == "number") {
      if (auto number = value.value<double>()) return *number;  // 9 and 9.5 both read as a size
      fail(where + " must be a number");
    }
    if (type == "bool") {
      if (auto flag = value.value_exact<bool>()) return *flag;
      fail(where + " must be true or false");
    }
    if (type == "string") {
      if (auto text = value.value_exact<std::string>()) return *text;
      fail(where + " must be a string");
    }
    return strings(value, where);
  }

  void read_per_file_ignores(const toml::node& node) {
    const auto* array = node.as_array();
    if (!array) fail("per-file-ignores must be written as [[per-file-ignores]] tables");
    for (const auto& item : *array) {
      const auto* table = item.as_table();
      if (!table) fail("per-file-ignores must be written as [[per-file-ignores]] tables");
      ConfigFile::PerFileIgnore entry;
      for (const auto& [key, value] : *table) {
        std::string name(key.str());
        if (name == "files") entry.globs = strings(value, "[[per-file-ignores]] files");
        else if (name == "rules") entry.rules = selectors(value, "[[per-file-ignores]] rules");
        else fail(unknown_key("key in [[per-file-ignores]]", name, {"files", "rules"}));
      }
      if (entry.globs.empty() || entry.rules.empty()) fail("each [[per-file-ignores]] needs files and rules");
      config_.per_file_ignores.push_back(std::move(entry));
    }
  }

  void read_suppress(const toml::node& node) {
    const auto* array = node.as_array();
    if (!array) fail("suppress must be written as [[suppress]] tables");
    for (const auto& item : *array) {
      const auto* table = item.as_table();
      if (!table) fail("suppress must be written as [[suppress]] tables");
      nlohmann::json entry = nlohmann::json::object();
      for (const auto& [key, value] : *table) {
        std::string name(key.str());
        auto text = value.value_exact<std::string>();
        if (name != "rule" && name != "text") fail(unknown_key("key in [[suppress]]", name, {"rule", "text"}));
        if (!text) fail(fmt::format("[[suppress]] {} must be a string", name));
        if (name == "rule")
          if (auto problem = check_rule_selector(*text)) fail("[[suppress]] rule: " + *problem);
        entry[name] = *text;
      }
      if (!entry.contains("text") || entry["text"].get<std::string>().empty())
        fail("each [[suppress]] needs the text it matches");
      config_.suppress.push_back(entry);
    }
  }

  ConfigFile config_;
  std::vector<std::string> turned_off_;
};

bool glob_matches(const std::string& glob, const fs::path& relative) {
  std::string path = relative.generic_string();
  if (fnmatch(glob.c_str(), path.c_str(), 0) == 0) return true;
  // A glob without a folder ("*.pdf") matches the file name in any folder.
  return glob.find('/') == std::string::npos && fnmatch(glob.c_str(), relative.filename().c_str(), 0) == 0;
}

}  // namespace

ConfigFile load_config(const fs::path& path) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) throw AtsError("config", fmt::format("{}: no such config file", path.string()));
  return ConfigReader(path).read();
}

std::optional<fs::path> find_config(const fs::path& file) {
  std::error_code error;
  fs::path folder = fs::absolute(file, error).parent_path();
  for (; !folder.empty(); folder = folder.parent_path()) {
    fs::path candidate = folder / kConfigName;
    if (fs::is_regular_file(candidate, error)) return candidate;
    if (folder == folder.parent_path()) break;
  }
  return std::nullopt;
}

ConfigResolver::ConfigResolver(CliRuleOverrides overrides) : overrides_(std::move(overrides)) {}

std::optional<fs::path> ConfigResolver::config_path_for(const std::string& path) const {
  if (overrides_.no_config) return std::nullopt;
  if (!overrides_.config_path.empty()) return fs::path(overrides_.config_path);
  return find_config(path == "-" ? fs::path("stdin") : fs::path(path));
}

std::shared_ptr<const ConfigFile> ConfigResolver::config_at(const fs::path& path) const {
  std::lock_guard lock(cache_mutex_);
  auto& entry = cache_[path];
  if (!entry) entry = std::make_shared<const ConfigFile>(load_config(path));
  return entry;
}

std::optional<std::string> ConfigResolver::fail_on_for(const std::string& path) const {
  auto config_path = config_path_for(path);
  return config_path ? config_at(*config_path)->fail_on : std::nullopt;
}

LintOptions ConfigResolver::options_for(const std::string& path) const {
  for (const auto& list : {overrides_.select, overrides_.ignore})
    for (const auto& selector : list)
      if (auto problem = check_rule_selector(selector)) throw AtsError("config", *problem);
  LintOptions options;
  auto config_path = config_path_for(path);
  if (config_path) {
    auto shared = config_at(*config_path);
    const ConfigFile& config = *shared;
    if (config.select) options.rules.select = *config.select;
    if (config.ignore) options.rules.ignore = *config.ignore;
    options.rules.severity = config.severity;
    options.rules.options = config.options;
    options.suppressions = config.suppress;
    std::error_code error;
    fs::path relative = fs::absolute(path, error).lexically_relative(fs::absolute(*config_path, error).parent_path());
    for (const auto& entry : config.per_file_ignores)
      for (const auto& glob : entry.globs)
        if (glob_matches(glob, relative)) options.rules.ignore.insert(options.rules.ignore.end(), entry.rules.begin(), entry.rules.end());
  }
  // The command line overrides the file.
  if (!overrides_.select.empty()) options.rules.select = overrides_.select;
  if (!overrides_.ignore.empty()) options.rules.ignore.insert(options.rules.ignore.end(), overrides_.ignore.begin(), overrides_.ignore.end());
  options.suppress = !overrides_.no_suppress;
  return options;
}

}  // namespace atslint
