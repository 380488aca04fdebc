// read_file and write_file_atomically (readout/data/files.hpp), on POSIX calls so that errors
// carry errno's words.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "readout/data/files.hpp"

namespace readout::data {
namespace {

std::string errno_text(int code) { return std::strerror(code); }

// Closes a descriptor when leaving scope.
struct Descriptor {
  int fd = -1;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
  int release() {
    int f = fd;
    fd = -1;
    return f;
  }
};

bool write_all(int fd, std::string_view contents) {
  while (!contents.empty()) {
    ssize_t n = ::write(fd, contents.data(), contents.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    contents.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// Permissions a newly created file would get: 0666 less the umask. umask can only be read by
// setting it, so set it back at once.
mode_t default_file_mode() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

bool read_file(const std::filesystem::path& path, std::string& out, std::string& error) {
  Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) {
    error = errno_text(errno);
    return false;
  }
  out.clear();
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(file.fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = errno_text(errno);
      return false;
    }
    if (n == 0) break;
    out.append(buffer, static_cast<size_t>(n));
  }
  return true;
}

bool write_file_atomically(const std::filesystem::path& path, std::string_view contents,
                           std::string& error) {
  std::error_code ec;
  std::filesystem::path target = path;
  // Replacing a symbolic link by a regular file would silently detach it from its target.
  if (std::filesystem::is_symlink(target, ec)) {
    target = std::filesystem::canonical(target, ec);
    if (ec) {
      error = ec.message();
      return false;
    }
  }
  std::filesystem::path dir = target.parent_path();
  if (dir.empty()) dir = ".";

  struct stat existing {};
  bool exists = ::stat(target.c_str(), &existing) == 0;
  mode_t mode = exists ? (existing.st_mode & 07777) : default_file_mode();

  std::string temp_name = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  Descriptor temp{::mkstemp(temp_name.data())};
  if (temp.fd < 0) {
    error = errno_text(errno);
    return false;
  }
  auto fail = [&](int code) {
    ::unlink(temp_name.c_str());
    error = errno_text(code);
    return false;
  };
  if (!write_all(temp.fd, contents)) return fail(errno);
  if (::fchmod(temp.fd, mode) != 0) return fail(errno);
  if (exists) {
    // Best effort: only root may give a file away; others keep their own ownership.
    [[maybe_unused]] int ignored = ::fchown(temp.fd, existing.st_uid, existing.st_gid);
  }
  if (::fsync(temp.fd) != 0) return fail(errno);
  if (::close(temp.release()) != 0) return fail(errno);
  if (::rename(temp_name.c_str(), target.c_str()) != 0) return fail(errno);

  // Make the rename itself durable.
  Descriptor directory{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (directory.fd >= 0) ::fsync(directory.fd);
  return true;
}

}  // namespace readout::data
