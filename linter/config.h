#pragma once
// Turns command-line choices and .atslint.toml files into per-file LintOptions.
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

class ConfigResolver {
 public:
  explicit ConfigResolver(CliRuleOverrides overrides);
  /// The options for one linted file; throws AtsError("config") for a bad config.
  LintOptions options_for(const std::string& path) const;

 private:
  CliRuleOverrides overrides_;
};

}  // namespace atslint
