#include "linter/input.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "linter/error.h"

namespace atslint {

static AtsError too_large(const std::string& size) {
  return AtsError("too-large", fmt::format("{} than {} MiB: no resume is that big; export a smaller file", size,
                                           kMaxInputBytes >> 20));
}

static std::string read_stream(std::istream& in, const std::string& path) {
  std::string bytes;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<size_t>(in.gcount()));
    if (bytes.size() > kMaxInputBytes) throw too_large("larger");
  }
  if (in.bad()) throw AtsError("read-failed", fmt::format("cannot read {}", path));
  return bytes;
}

std::string read_input(const std::string& path) {
  if (path == "-") return read_stream(std::cin, path);
  std::error_code error;
  auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) throw AtsError("not-found", "no such file");
  if (std::filesystem::is_directory(status)) throw AtsError("is-directory", "is a directory");
  if (!std::filesystem::is_regular_file(status)) throw AtsError("not-a-file", "not a regular file");
  // Refuse by the size the file system reports, before reading a byte of it.
  auto size = std::filesystem::file_size(path, error);
  if (!error && size > kMaxInputBytes) throw too_large(fmt::format("{} MiB, more", size >> 20));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw AtsError("read-failed", fmt::format("cannot open: {}", std::strerror(errno)));
  return read_stream(in, path);
}

}  // namespace atslint
