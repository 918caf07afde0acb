#pragma once
// Turns command-line choices and .atslint.toml files into per-file LintOptions
// (docs/configuration.md).
#include <filesystem>
#include <map>
#include <optional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "linter/engine.h"

namespace atslint {

struct CliRuleOverrides {
  std::vector<std::string> select, ignore;
  std::string config_path;  ///< --config FILE; "" = search upward from each file
  bool no_config = false;
  bool no_suppress = false;
};

/// One parsed and validated .atslint.toml.
struct ConfigFile {
  std::filesystem::path path;
  std::optional<std::vector<std::string>> select, ignore;
  std::map<std::string, Severity> severity;        ///< by rule name
  std::map<std::string, nlohmann::json> options;  ///< by rule name
  struct PerFileIgnore {
    std::vector<std::string> globs;  ///< relative to the config file's folder
    std::vector<std::string> rules;
  };
  std::vector<PerFileIgnore> per_file_ignores;
  nlohmann::json suppress = nlohmann::json::array();  ///< [{rule, text}]
  std::optional<std::string> fail_on;                 ///< top-level `fail-on`
};

/// Reads and checks a config file; throws AtsError("config") naming the file and the problem.
ConfigFile load_config(const std::filesystem::path& path);

/// The nearest .atslint.toml in the folder of `file` or any folder above it.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& file);

class ConfigResolver {
 public:
  explicit ConfigResolver(CliRuleOverrides overrides);
  /// The options for one linted file; throws AtsError("config") for a bad config.
  LintOptions options_for(const std::string& path) const;
  /// The config's `fail-on` for a run whose first file is `path`, if it sets one.
  std::optional<std::string> fail_on_for(const std::string& path) const;

 private:
  std::optional<std::filesystem::path> config_path_for(const std::string& path) const;
  /// Each config file is parsed once per run, however many files it governs.
  std::shared_ptr<const ConfigFile> config_at(const std::filesystem::path& path) const;
  CliRuleOverrides overrides_;
  mutable std::mutex cache_mutex_;  // a worker pool may resolve options from many threads
  mutable std::map<std::filesystem::path, std::shared_ptr<const ConfigFile>> cache_;
};

}  // namespace atslint
