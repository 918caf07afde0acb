// Developer tool for the DOCX/ODT front end (not installed):
//   docx_probe dump FILE       lines with zone/part/flags, layout objects, fonts
//   docx_probe bench FILE [N]  median in-process time to read and lint FILE, N runs
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>
#include <vector>

#include "linter/engine.h"
#include "linter/error.h"

using namespace atslint;

static int dump(const std::string& path) {
  Document document = load_document(path);
  for (const auto& line : document.lines) {
    std::string flags;
    if (line.heading) flags += fmt::format(" H{}", line.heading_level);
    if (line.list_item) flags += fmt::format(" LI[{}]", line.list_marker);
    bool hidden = std::any_of(line.runs.begin(), line.runs.end(), [](const TextRun& r) { return r.hidden; });
    if (hidden) flags += " hidden";
    if (line.column) flags += fmt::format(" col{}", line.column);
    std::cout << fmt::format("{:<10} {:<28}{} | {}\n", zone_name(line.zone), line.location.describe(), flags,
                             line.text.substr(0, 90));
  }
  for (const auto& object : document.objects)
    std::cout << fmt::format("OBJECT {} @ {}: {} frac={:.3f} float={} rows={} cols={} layout={} borders={} "
                             "ranges={} text={:?}\n",
                             object_kind_name(object.kind), object.location.describe(), object.description,
                             object.page_fraction, object.floating, object.rows, object.columns, object.layout_table,
                             object.has_borders, object.column_ranges.size(), object.text.substr(0, 80));
  for (const auto& font : document.fonts)
    std::cout << fmt::format("FONT {} glyphs={} pua={} symbolic={}\n", font.name, font.glyphs,
                             font.private_use_glyphs, font.symbolic);
  std::cout << fmt::format("pages={} size={}x{} tracked={} comments={}\n", document.page_count(),
                           document.pages.empty() ? 0 : document.pages[0].width,
                           document.pages.empty() ? 0 : document.pages[0].height, document.tracked_changes,
                           document.comments);
  return 0;
}

/// CPU time of this thread in ms: on a shared, loaded machine wall time mostly
/// measures waiting for a core; this measures the work done on one core.
static double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

static int bench(const std::string& path, int runs) {
  LintOptions options;
  std::vector<double> times, cpu;
  size_t findings = 0;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    double cpu_start = thread_cpu_ms();
    auto result = lint_file(path, options);
    cpu.push_back(thread_cpu_ms() - cpu_start);
    auto stop = std::chrono::steady_clock::now();
    if (result.error) {
      std::cerr << result.error->message << '\n';
      return 2;
    }
    findings = result.diagnostics.size();
    times.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
  }
  std::vector<double> reads;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    Document document = load_document(path);
    reads.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  std::sort(reads.begin(), reads.end());
  std::sort(cpu.begin(), cpu.end());
  std::cout << fmt::format("{}: read+lint CPU time on one core: median {:.3f} ms, p90 {:.3f} ms\n", path,
                           cpu[cpu.size() / 2], cpu[cpu.size() * 9 / 10]);
  std::cout << fmt::format("{}: {} runs; read+lint median {:.3f} ms, min {:.3f} ms, p90 {:.3f} ms, {} findings; "
                           "read only median {:.3f} ms\n",
                           path, runs, times[times.size() / 2], times.front(), times[times.size() * 9 / 10], findings,
                           reads[reads.size() / 2]);
  return 0;
}

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: docx_probe dump|bench FILE [RUNS]\n";
    return 2;
  }
  std::string mode = argv[1];
  try {
    if (mode == "dump") return dump(argv[2]);
    if (mode == "bench") return bench(argv[2], argc > 3 ? std::max(1, std::atoi(argv[3])) : 200);
  } catch (const AtsError& error) {
    std::cerr << "error: " << error.code() << ": " << error.what() << '\n';
    return 2;
  }
  std::cerr << "unknown mode " << mode << '\n';
  return 2;
}
