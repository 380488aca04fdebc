// Asio transports. One thread runs the io_context: it reads frames and hands them to the
// Server in order; replies from worker threads are posted back and written in order.
#include "readout/lsp/transport.hpp"

#include <csignal>
#include <deque>
#include <memory>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>

namespace readout::lsp {
namespace {

namespace asio = boost::asio;

template <class ReadStream, class WriteStream>
class Session {
 public:
  Session(asio::io_context& io, ReadStream& in, WriteStream& out, const Server::Options& options)
      : io_(io), in_(in), out_(out),
        server_([this](std::string body) { post_write(frame_message(body)); }, options) {
    server_.on_exit([this](int) { asio::post(io_, [this] { stop_when_flushed(); }); });
  }

  int run() {
    read();
    io_.run();
    return server_.exit_status();
  }

 private:
  void read() {
    in_.async_read_some(asio::buffer(buffer_), [this](boost::system::error_code ec, size_t n) {
      if (ec) {
        // End of input: report a frame cut short, then the client is gone.
        if (auto frame = reader_.finish()) server_.receive(*frame);
        if (!server_.exited()) server_.end_of_input();
        stop_when_flushed();
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
      outbox_.push_back(std::move(bytes));
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
                        outbox_.pop_front();
                        if (ec) outbox_.clear();  // the client is gone; nothing more to say
                        write_next();
                      });
  }

  void stop_when_flushed() {
    stopping_ = true;
    if (!writing_ && outbox_.empty()) io_.stop();
  }

  asio::io_context& io_;
  ReadStream& in_;
  WriteStream& out_;
  std::array<char, 64 * 1024> buffer_{};
  FrameReader reader_;
  std::deque<std::string> outbox_;
  bool writing_ = false;
  bool stopping_ = false;
  Server server_;  // last: destroyed (workers joined) before the buffers above
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
