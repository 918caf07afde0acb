#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "linter/config.h"
#include "linter/error.h"
#include "linter/suppression.h"

using namespace atslint;
namespace fs = std::filesystem;

namespace {

struct Folder {
  fs::path path;
  Folder() {
    static int counter = 0;
    path = fs::temp_directory_path() / ("atslint-config-unit-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::create_directories(path);
  }
  ~Folder() { fs::remove_all(path); }
  fs::path write(const std::string& name, const std::string& text) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name) << text;
    return path / name;
  }
};

std::string config_error(const std::string& toml) {
  Folder folder;
  auto file = folder.write("c.toml", toml);
  try {
    load_config(file);
  } catch (const AtsError& error) {
    CHECK(std::string(error.code()) == "config");
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("config files are validated with did-you-mean messages") {
  CHECK(config_error("[rule]\n").find("did you mean 'rules'") != std::string::npos);
  CHECK(config_error("[rules]\nselect = [\"fist-person\"]\n").find("did you mean 'first-person'") != std::string::npos);
  CHECK(config_error("[rules.bullet-too-lng]\n").find("did you mean 'bullet-too-long'") != std::string::npos);
  CHECK(config_error("[rules.bullet-too-long]\nmax-word = 3\n").find("did you mean 'max-words'") != std::string::npos);
  CHECK(config_error("[rules.bullet-too-long]\nmax-words = \"3\"\n").find("whole number") != std::string::npos);
  CHECK(config_error("[rules.no-metric]\nseverity = \"loud\"\n").find("severity") != std::string::npos);
  CHECK(config_error("[rules.no-metric]\nthreshold = 1\n").find("no options") != std::string::npos);
  CHECK(config_error("[rules\n").find("line 1") != std::string::npos);
  CHECK(config_error("[[suppress]]\nrule = \"buzzword\"\n").find("needs the text") != std::string::npos);
  CHECK(config_error("[rules]\nselect = [\"bullet\", \"B001\", \"all\"]\n").empty());
}

TEST_CASE("the nearest .atslint.toml wins, and options reach the rules") {
  Folder folder;
  folder.write(".atslint.toml", "[rules]\nignore = [\"no-metric\"]\n");
  folder.write("a/.atslint.toml",
               "[rules]\nignore = [\"buzzword\"]\n[rules.B008]\nmax-words = 20\nseverity = \"error\"\n"
               "[rules.first-person]\nseverity = \"off\"\n"
               "[[per-file-ignores]]\nfiles = \"drafts/*.md\"\nrules = [\"layout\"]\n");
  auto resume = folder.write("a/b/cv.md", "x");
  auto draft = folder.write("a/drafts/cv.md", "x");
  CHECK(find_config(resume) == folder.path / "a/.atslint.toml");
  ConfigResolver resolver({{}, {"tech-list"}, "", false, false});
  auto options = resolver.options_for(resume.string());
  CHECK(options.rules.ignore == std::vector<std::string>{"buzzword", "first-person", "tech-list"});
  CHECK(options.rules.options.at("bullet-too-long").at("max-words") == 20);
  CHECK(options.rules.severity.at("bullet-too-long") == Severity::Error);
  auto draft_options = resolver.options_for(draft.string());
  CHECK(std::find(draft_options.rules.ignore.begin(), draft_options.rules.ignore.end(), "layout") !=
        draft_options.rules.ignore.end());
  CHECK(ConfigResolver({{}, {}, "", true, false}).options_for(resume.string()).rules.ignore.empty());
  auto explicit_file = ConfigResolver({{}, {}, (folder.path / ".atslint.toml").string(), false, false});
  CHECK(explicit_file.options_for(resume.string()).rules.ignore == std::vector<std::string>{"no-metric"});
  CHECK_THROWS_AS(ConfigResolver({{}, {}, "/nonexistent/x.toml", false, false}).options_for(resume.string()), AtsError);
}

TEST_CASE("suppression comments and [[suppress]] entries filter findings") {
  Document document;
  document.format = Format::Md;
  document.source_lines = {"<!-- atslint-disable-next-line weak-opener -->",
                           "- Responsible for X",  // 2
                           "<!-- atslint-disable bullet -->",
                           "- I did Y",            // 4
                           "<!-- atslint-enable -->",
                           "- Worked on Z"};       // 6
  auto finding = [](const char* rule, const char* code, int line, const char* excerpt = "") {
    Diagnostic d;
    d.rule = rule;
    d.code = code;
    d.location.line = line;
    d.excerpt = excerpt;
    return d;
  };
  std::vector<Diagnostic> all = {finding("weak-opener", "B001", 2), finding("no-metric", "B005", 2),
                                 finding("first-person", "B002", 4), finding("weak-opener", "B001", 6, "Worked on Z"),
                                 finding("missing-section", "S001", 0)};
  LintOptions options;
  auto kept = filter_suppressed(document, options, all);
  REQUIRE(kept.size() == 3);
  CHECK(kept[0].rule == "no-metric");
  CHECK(kept[1].location.line == 6);
  CHECK(kept[2].rule == "missing-section");
  options.suppressions = nlohmann::json::array({{{"rule", "B001"}, {"text", "worked ON"}}});
  CHECK(filter_suppressed(document, options, all).size() == 2);
  document.format = Format::Pdf;  // comments only count in text formats
  CHECK(filter_suppressed(document, LintOptions{}, all).size() == all.size());
}

TEST_CASE("a resolver parses each config file once per run, however many files it governs") {
  Folder folder;
  folder.write(".atslint.toml", "[rules]\nignore = [\"no-metric\"]\n");
  ConfigResolver resolver({});
  auto first = resolver.options_for((folder.path / "a.md").string());
  // Broken on disk after the first read: the run keeps the file it already read.
  folder.write(".atslint.toml", "[rules\nthis is not toml");
  auto second = resolver.options_for((folder.path / "b.md").string());
  CHECK(first.rules.ignore == std::vector<std::string>{"no-metric"});
  CHECK(second.rules.ignore == std::vector<std::string>{"no-metric"});
  // A new run reads the file afresh and reports it.
  CHECK_THROWS_AS(ConfigResolver({}).options_for((folder.path / "c.md").string()), AtsError);
}

TEST_CASE("layout and structure rule options are accepted, with fractional sizes as numbers") {
  Folder folder;
  auto file = folder.write("c.toml",
                           "[rules.small-font]\nmin-size = 8.5\n[rules.hidden-text]\nmin-size = 3\n"
                           "[rules.page-count]\nmax-pages = 3\n");
  auto config = load_config(file);
  CHECK(config.options.at("small-font").at("min-size").get<double>() == doctest::Approx(8.5));
  CHECK(config.options.at("hidden-text").at("min-size").get<double>() == doctest::Approx(3.0));
  CHECK(config.options.at("page-count").at("max-pages").get<int>() == 3);
  CHECK(config_error("[rules.page-count]\nmax_pages = 3\n").find("max-pages") != std::string::npos);
}
