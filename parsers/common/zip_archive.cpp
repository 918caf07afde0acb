#include "parsers/common/zip_archive.h"

#include <fmt/format.h>
#include <zip.h>

#include "linter/error.h"

namespace atslint {

ZipArchive::ZipArchive(std::string_view bytes, ZipLimits limits) : limits_(limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source) archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive_) {
    if (source) zip_source_free(source);
    std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw AtsError("bad-zip", "damaged zip container (" + reason + "): re-save the document");
  }
  zip_error_fini(&error);
  zip_int64_t entries = zip_get_num_entries(archive_, 0);
  if (entries < 0 || static_cast<uint64_t>(entries) > limits_.max_entries) {
    zip_discard(archive_);
    archive_ = nullptr;
    throw AtsError("zip-bomb", fmt::format("zip holds {} entries, more than the {} allowed", entries,
                                           limits_.max_entries));
  }
}

ZipArchive::~ZipArchive() {
  if (archive_) zip_discard(archive_);
}

bool ZipArchive::has(const std::string& name) const {
  return zip_name_locate(archive_, name.c_str(), 0) >= 0;
}

std::vector<std::string> ZipArchive::names() const {
  std::vector<std::string> out;
  zip_int64_t entries = zip_get_num_entries(archive_, 0);
  for (zip_int64_t i = 0; i < entries; ++i)
    if (const char* name = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0)) out.emplace_back(name);
  return out;
}

std::optional<std::string> ZipArchive::read(const std::string& name) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive_, name.c_str(), 0, &stat) != 0) return std::nullopt;
  // Declared sizes can lie, so the limits are enforced again while reading.
  uint64_t declared = (stat.valid & ZIP_STAT_SIZE) ? stat.size : 0;
  uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
  auto refuse = [&](uint64_t size) {
    throw AtsError("zip-bomb", fmt::format("{} expands to over {} bytes: refusing a likely zip bomb",
                                           name, size));
  };
  if (declared > limits_.max_entry_bytes || bytes_read_ + declared > limits_.max_total_bytes) refuse(declared);
  if (compressed > 0 && declared > (1u << 20) && declared / static_cast<double>(compressed) > limits_.max_ratio)
    refuse(declared);
  zip_file_t* file = zip_fopen(archive_, name.c_str(), 0);
  if (!file) {
    int code = zip_error_code_zip(zip_get_error(archive_));
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD)
      throw AtsError("encrypted", "password-protected zip: remove the password and save the document again");
    throw AtsError("bad-zip", fmt::format("cannot open {} inside the zip: re-save the document", name));
  }
  std::string content;
  char buffer[65536];
  zip_int64_t got;
  while ((got = zip_fread(file, buffer, sizeof buffer)) > 0) {
    content.append(buffer, static_cast<size_t>(got));
    // A lying header is caught here: size and ratio are checked as bytes arrive,
    // and an entry may not grow past the size it declares.
    if ((stat.valid & ZIP_STAT_SIZE) && content.size() > declared) {
      zip_fclose(file);
      throw AtsError("zip-bomb", fmt::format("{} holds more than the {} bytes it declares: refusing a likely zip bomb",
                                             name, declared));
    }
    bool too_dense = compressed > 0 && content.size() > (1u << 20) &&
                     content.size() / static_cast<double>(compressed) > limits_.max_ratio;
    if (too_dense || content.size() > limits_.max_entry_bytes ||
        bytes_read_ + content.size() > limits_.max_total_bytes) {
      zip_fclose(file);
      refuse(content.size());
    }
  }
  zip_fclose(file);
  if (got < 0) throw AtsError("bad-zip", fmt::format("{} inside the zip is damaged: re-save the document", name));
  bytes_read_ += content.size();
  return content;
}

}  // namespace atslint
