#include "readout/lsp/framing.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace readout::lsp {
namespace {

constexpr std::string_view kLengthHeader = "content-length";

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<Frame> FrameReader::fail(std::string message, size_t resume) {
  body_length_.reset();
  pos_ = std::min(resume, buffer_.size());
  syncing_ = true;
  return Frame{false, {}, std::move(message)};
}

// Skips to the next "Content-Length:" (frames are concatenated, so it may follow a body
// directly), so one bad frame costs only itself. Returns false when more bytes are needed.
bool FrameReader::resynchronise() {
  std::string low = lower(std::string_view(buffer_).substr(pos_));
  size_t from = 0;
  while (true) {
    size_t hit = low.find(kLengthHeader, from);
    if (hit == std::string::npos) {
      // Keep a tail that may be the start of a header split across reads.
      size_t keep = std::min(low.size(), kLengthHeader.size());
      pos_ = buffer_.size() - keep;
      return false;
    }
    size_t colon = low.find_first_not_of(" \t", hit + kLengthHeader.size());
    if (colon == std::string::npos) {
      pos_ += hit;
      return false;
    }
    if (low[colon] == ':') {
      pos_ += hit;
      syncing_ = false;
      return true;
    }
    from = hit + 1;
  }
}

// A body over the limit is reported once its first bytes are here: up to kPeekBytes of it, or
// up to the next header when the client sent less than it announced, or all there is at end
// of input (the same bytes however the stream was cut into reads). They name the request; the
// rest is skipped by resynchronising, so that the body is never held in memory.
std::optional<Frame> FrameReader::refuse_oversized(bool at_end) {
  std::string_view rest = std::string_view(buffer_).substr(pos_);
  std::optional<size_t> length = *oversized_;
  size_t window = std::min(kPeekBytes, length.value_or(kPeekBytes));
  std::string_view start = rest.substr(0, window);
  size_t next_header = lower(start).find(kLengthHeader);
  if (start.size() < window && next_header == std::string::npos && !at_end) return std::nullopt;
  start = start.substr(0, next_header);
  Frame frame{false, std::string(start), {}, true, length};
  frame.error = !length ? "Content-Length is beyond any message size"
                        : "message of " + std::to_string(*length) + " bytes is over the limit of " +
                              std::to_string(max_body_) + " bytes";
  oversized_.reset();
  syncing_ = true;
  return frame;
}

std::optional<Frame> FrameReader::next() {
  if (pos_ > 64 * 1024 && pos_ * 2 > buffer_.size()) {
    buffer_.erase(0, pos_);
    pos_ = 0;
  }
  if (oversized_) return refuse_oversized(false);
  if (syncing_ && !resynchronise()) return std::nullopt;
  if (!body_length_) {
    // Stray bytes (not a header name) are reported at once rather than when a blank line
    // eventually arrives.
    size_t name_end = pos_;
    while (
        name_end < buffer_.size() &&
        (std::isalnum(static_cast<unsigned char>(buffer_[name_end])) || buffer_[name_end] == '-'))
      ++name_end;
    // A name run past the limit is a block over the limit whether or not its end has arrived
    // (in pieces, the reader cannot yet know how the name ends).
    const bool name_over_limit = name_end - pos_ > kMaxHeaderBytes + 3;
    if (!name_over_limit && name_end < buffer_.size() &&
        (buffer_[name_end] != ':' || name_end == pos_))
      return fail("unexpected data where a message header should start", pos_ + 1);
    size_t end = buffer_.find("\r\n\r\n", pos_);
    // Header lines end with CRLF; a bare LF or CR is reported at once, not when a later
    // message's blank line turns up (which would swallow that message).
    size_t scan_end =
        std::min(end == std::string::npos ? buffer_.size() : end, pos_ + kMaxHeaderBytes + 1);
    for (size_t i = pos_; i < scan_end; ++i) {
      if (buffer_[i] == '\n' && (i == pos_ || buffer_[i - 1] != '\r'))
        return fail("header line ended by a bare line feed (header lines end with \\r\\n)",
                    pos_ + 1);
      if (buffer_[i] == '\r' && i + 1 < buffer_.size() && buffer_[i + 1] != '\n')
        return fail("header line ended by a bare carriage return (header lines end with \\r\\n)",
                    pos_ + 1);
    }
    // The limit holds however the stream was cut into reads: a header block is too long when
    // its blank line starts more than kMaxHeaderBytes in, whether that line is here (read at
    // once) or not yet (when up to 3 of its bytes may already be).
    if (name_over_limit || (end == std::string::npos ? buffer_.size() - pos_ > kMaxHeaderBytes + 3
                                                     : end - pos_ > kMaxHeaderBytes))
      return fail("header block longer than " + std::to_string(kMaxHeaderBytes) + " bytes",
                  pos_ + 1);
    if (end == std::string::npos) return std::nullopt;
    std::string_view headers = std::string_view(buffer_).substr(pos_, end - pos_);
    const size_t after = end + 4;  // where scanning resumes after a bad header block
    std::optional<size_t> length;
    bool beyond = false;  // more digits than any size: over every limit
    bool duplicate = false;
    std::string bad_value;
    while (!headers.empty()) {
      size_t eol = headers.find("\r\n");
      std::string_view line = headers.substr(0, eol);
      headers = eol == std::string_view::npos ? std::string_view() : headers.substr(eol + 2);
      size_t colon = line.find(':');
      std::string_view name = colon == std::string_view::npos ? line : line.substr(0, colon);
      bool token = !name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '-';
      });
      // Not a header at all (e.g. the tail of a body cut short): resume inside it, where the
      // next frame's header may already begin.
      if (colon == std::string_view::npos || !token)
        return fail("unexpected data where a message header should start", pos_ + 1);
      if (lower(name) != kLengthHeader) continue;  // e.g. Content-Type
      if (length || beyond || !bad_value.empty()) duplicate = true;
      std::string_view value = trim(line.substr(colon + 1));
      size_t parsed = 0;
      auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
      bool digits = !value.empty() && std::all_of(value.begin(), value.end(),
                                                  [](unsigned char c) { return std::isdigit(c); });
      if (digits && ec == std::errc::result_out_of_range) {
        beyond = true;
      } else if (!digits || ec != std::errc() || ptr != value.data() + value.size()) {
        bad_value = std::string(value.substr(0, 100));
      } else {
        length = parsed;
      }
    }
    if (duplicate) return fail("duplicate Content-Length header", after);
    if (!bad_value.empty())
      return fail("Content-Length is not a number: '" + bad_value + "'", after);
    if (!length && !beyond) {
      // Junk glued to the front of a real header ("garbageContent-Length: 7") hides it:
      // resume at the hidden header rather than after the block.
      size_t hidden =
          lower(std::string_view(buffer_).substr(pos_ + 1, end - pos_)).find(kLengthHeader);
      return fail("missing Content-Length header",
                  hidden == std::string::npos ? after : pos_ + 1 + hidden);
    }
    pos_ = after;
    if (beyond || *length > max_body_) {
      oversized_ = beyond ? std::nullopt : length;
      return refuse_oversized(false);
    }
    body_length_ = length;
  }
  if (buffer_.size() - pos_ < *body_length_) return std::nullopt;
  Frame frame{true, buffer_.substr(pos_, *body_length_), {}};
  pos_ += *body_length_;
  body_length_.reset();
  return frame;
}

std::optional<Frame> FrameReader::finish() {
  if (oversized_) return refuse_oversized(true);
  if (body_length_) {
    size_t have = buffer_.size() - pos_;
    body_length_.reset();
    pos_ = buffer_.size();
    return Frame{
        false, {}, "message body cut short: end of input after " + std::to_string(have) + " bytes"};
  }
  std::string_view rest = std::string_view(buffer_).substr(pos_);
  pos_ = buffer_.size();
  if (syncing_) return std::nullopt;
  if (trim(rest).find_first_not_of("\r\n") != std::string_view::npos)
    return Frame{false, {}, "incomplete header at end of input"};
  return std::nullopt;
}

std::string frame_message(std::string_view body) {
  std::string out = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  out.append(body);
  return out;
}

}  // namespace readout::lsp
