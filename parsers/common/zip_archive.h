#pragma once
// A read-only view of a zip held in memory (libzip), with limits that make a
// hostile archive (zip bomb, millions of entries) fail fast and cheaply.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct zip;

namespace atslint {

struct ZipLimits {
  uint64_t max_entries = 10'000;
  uint64_t max_entry_bytes = 64ull << 20;   ///< one uncompressed entry
  uint64_t max_total_bytes = 256ull << 20;  ///< all entries read from one archive
  double max_ratio = 200.0;                 ///< uncompressed / compressed, per entry
};

class ZipArchive {
 public:
  /// Throws AtsError("bad-zip") when the bytes are not a readable zip.
  ZipArchive(std::string_view bytes, ZipLimits limits = {});
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool has(const std::string& name) const;
  std::vector<std::string> names() const;
  /// Reads an entry; nullopt when absent. Throws AtsError("zip-bomb") past a limit.
  std::optional<std::string> read(const std::string& name);

 private:
  zip* archive_ = nullptr;
  ZipLimits limits_;
  uint64_t bytes_read_ = 0;
};

}  // namespace atslint
