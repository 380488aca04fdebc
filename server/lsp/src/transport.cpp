// Asio transports. One thread runs the io_context: it reads frames and hands them to the
// Server in order; replies from worker threads are posted back and written in order. Reading
// never waits for writing, so a client that writes many requests before it reads any reply
// does not deadlock with the server over full pipes.
#include "readout/lsp/transport.hpp"

#include <csignal>
#include <deque>
#include <memory>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>

namespace readout::lsp {
namespace {

namespace asio = boost::asio;

// Replies the client has not read yet, beyond which it is taken to have stopped reading for
// good: the connection is closed rather than the server's memory filling up.
constexpr size_t kMaxUnsentBytes = 256 * 1024 * 1024;
// After exit (or end of input), how long unsent replies may take to drain before the process
// ends anyway: a client that no longer reads must not keep the server alive.
constexpr auto kFlushTimeout = std::chrono::seconds(3);

template <class ReadStream, class WriteStream>
class Session {
 public:
  Session(asio::io_context& io, ReadStream& in, WriteStream& out, const Server::Options& options)
      : io_(io),
        in_(in),
        out_(out),
        log_(options.log),
        flush_timer_(io),
        reader_(options.max_message_bytes),
        server_([this](std::string body) { post_write(frame_message(body)); }, options) {
    server_.on_exit([this](int) { asio::post(io_, [this] { stop_when_flushed(); }); });
  }

  int run() {
    // Replies posted by workers after the input ended must still be written: the context
    // runs until stop_when_flushed() (or an abandoned client) stops it, not when it runs out
    // of reads.
    auto keep_running = asio::make_work_guard(io_);
    read();
    io_.run();
    return abandoned_ ? 1 : server_.exit_status();
  }

 private:
  void read() {
    in_.async_read_some(asio::buffer(buffer_), [this](boost::system::error_code ec, size_t n) {
      if (ec) {
        // End of input: report a frame cut short; the server answers what it was asked, then
        // exits (its exit handler stops the session).
        if (auto frame = reader_.finish()) server_.receive(*frame);
        if (server_.exited())
          stop_when_flushed();
        else
          server_.end_of_input();
        return;
      }
      reader_.feed(std::string_view(buffer_.data(), n));
      while (auto frame = reader_.next()) {
        server_.receive(*frame);
        if (server_.exited()) return;
      }
      read();
    });
  }

  void post_write(std::string bytes) {
    asio::post(io_, [this, bytes = std::move(bytes)]() mutable {
      if (abandoned_) return;
      unsent_ += bytes.size();
      outbox_.push_back(std::move(bytes));
      if (unsent_ > kMaxUnsentBytes) {
        if (log_)
          log_("error: the client has not read " + std::to_string(unsent_) +
               " bytes of replies; closing the connection");
        abandoned_ = true;
        io_.stop();
        return;
      }
      if (!writing_) write_next();
    });
  }

  void write_next() {
    if (outbox_.empty()) {
      writing_ = false;
      if (stopping_) io_.stop();
      return;
    }
    writing_ = true;
    asio::async_write(out_, asio::buffer(outbox_.front()),
                      [this](boost::system::error_code ec, size_t) {
                        unsent_ -= outbox_.front().size();
                        outbox_.pop_front();
                        if (ec) {  // the client is gone; nothing more to say
                          outbox_.clear();
                          unsent_ = 0;
                        }
                        write_next();
                      });
  }

  void stop_when_flushed() {
    if (stopping_) return;
    stopping_ = true;
    if (!writing_ && outbox_.empty()) {
      io_.stop();
      return;
    }
    flush_timer_.expires_after(kFlushTimeout);
    flush_timer_.async_wait([this](boost::system::error_code ec) {
      if (ec) return;
      if (log_)
        log_("warning: exiting with " + std::to_string(unsent_) + " bytes of replies unread");
      io_.stop();
    });
  }

  asio::io_context& io_;
  ReadStream& in_;
  WriteStream& out_;
  Server::Logger log_;
  asio::steady_timer flush_timer_;
  std::array<char, 64 * 1024> buffer_{};
  FrameReader reader_;
  std::deque<std::string> outbox_;
  size_t unsent_ = 0;  // bytes in outbox_
  bool writing_ = false;
  bool stopping_ = false;
  bool abandoned_ = false;  // the client stopped reading; the session ends with status 1
  Server server_;           // last: destroyed (workers joined) before the buffers above
};

}  // namespace

int serve_stdio(const Server::Options& options) {
  std::signal(SIGPIPE, SIG_IGN);
  asio::io_context io;
  asio::posix::stream_descriptor in(io, ::dup(0));
  asio::posix::stream_descriptor out(io, ::dup(1));
  Session session(io, in, out, options);
  return session.run();
}

int serve_tcp(const std::string& host, unsigned short port, const Server::Options& options,
              const std::function<void(const std::string&)>& listening) {
  std::signal(SIGPIPE, SIG_IGN);
  asio::io_context io;
  asio::ip::tcp::endpoint endpoint(asio::ip::make_address(host), port);
  asio::ip::tcp::acceptor acceptor(io, endpoint);
  auto bound = acceptor.local_endpoint();
  listening(bound.address().to_string() + ":" + std::to_string(bound.port()));
  asio::ip::tcp::socket socket(io);
  acceptor.accept(socket);
  acceptor.close();
  socket.set_option(asio::ip::tcp::no_delay(true));
  Session session(io, socket, socket, options);
  return session.run();
}

}  // namespace readout::lsp
