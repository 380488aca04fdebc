// Runs the built `readout lsp` as a separate process, over pipes and over TCP (loopback).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "readout/lsp/framing.hpp"

using nlohmann::json;
using readout::lsp::frame_message;
using readout::lsp::FrameReader;

namespace {

struct Child {
  pid_t pid = -1;
  int in = -1;   // we write the server's stdin here
  int out = -1;  // the server's stdout
  int err = -1;  // the server's stderr
};

Child spawn(const std::vector<std::string>& args) {
  int to[2], from[2], errs[2];
  if (pipe(to) != 0 || pipe(from) != 0 || pipe(errs) != 0) return {};
  pid_t pid = fork();
  if (pid == 0) {
    dup2(to[0], 0);
    dup2(from[1], 1);
    dup2(errs[1], 2);
    for (int fd : {to[0], to[1], from[0], from[1], errs[0], errs[1]}) close(fd);
    std::vector<char*> argv;
    std::string binary = READOUT_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  close(to[0]);
  close(from[1]);
  close(errs[1]);
  return {pid, to[1], from[0], errs[0]};
}

// Waits for the child; -1 if it does not exit within the timeout (it is then killed).
int wait_status(pid_t pid, int seconds = 10) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    usleep(20 * 1000);
  }
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  return -1;
}

void write_all(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    ASSERT_GT(n, 0);
    done += static_cast<size_t>(n);
  }
}

// Reads messages until one has the given id (server notifications are skipped).
json read_reply(int fd, FrameReader& reader, int id) {
  char buffer[4096];
  while (true) {
    while (auto frame = reader.next()) {
      if (!frame->ok) return json();
      json message = json::parse(frame->body);
      if (message.contains("id") && message["id"] == id && !message.contains("method"))
        return message;
    }
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n <= 0) return json();
    reader.feed(std::string_view(buffer, static_cast<size_t>(n)));
  }
}

std::string request(int id, const std::string& method, json params = json::object()) {
  return frame_message(
      json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}}.dump());
}

std::string notification(const std::string& method) {
  return frame_message(json{{"jsonrpc", "2.0"}, {"method", method}}.dump());
}

// initialize, shutdown, exit over a connected pair of descriptors.
void converse(int write_fd, int read_fd) {
  FrameReader reader;
  write_all(write_fd, request(1, "initialize", {{"capabilities", json::object()}}));
  json init = read_reply(read_fd, reader, 1);
  ASSERT_TRUE(init.contains("result")) << init.dump();
  EXPECT_EQ(init["result"]["serverInfo"]["name"], "readout");
  write_all(write_fd, notification("initialized"));
  write_all(write_fd, request(2, "shutdown"));
  json shutdown = read_reply(read_fd, reader, 2);
  EXPECT_TRUE(shutdown.contains("result") && shutdown["result"].is_null()) << shutdown.dump();
  write_all(write_fd, notification("exit"));
}

TEST(LspProcess, StdioShutdownThenExitIsStatusZero) {
  Child child = spawn({"lsp", "--stdio"});
  ASSERT_GT(child.pid, 0);
  converse(child.in, child.out);
  EXPECT_EQ(wait_status(child.pid), 0);
  close(child.in);
  close(child.out);
  close(child.err);
}

TEST(LspProcess, StdioExitWithoutShutdownIsStatusOne) {
  Child child = spawn({"lsp"});
  ASSERT_GT(child.pid, 0);
  FrameReader reader;
  write_all(child.in, request(1, "initialize", {{"capabilities", json::object()}}));
  EXPECT_TRUE(read_reply(child.out, reader, 1).contains("result"));
  write_all(child.in, notification("exit"));
  EXPECT_EQ(wait_status(child.pid), 1);
  close(child.in);
  close(child.out);
  close(child.err);
}

TEST(LspProcess, StdioEndOfInputIsStatusOne) {
  Child child = spawn({"lsp"});
  ASSERT_GT(child.pid, 0);
  close(child.in);
  EXPECT_EQ(wait_status(child.pid), 1);
  close(child.out);
  close(child.err);
}

TEST(LspProcess, TcpOnLoopback) {
  Child child = spawn({"lsp", "--listen", "127.0.0.1:0"});
  ASSERT_GT(child.pid, 0);
  // The server names its port on stderr: "readout lsp: listening on 127.0.0.1:PORT".
  std::string announced;
  char c;
  while (announced.find('\n') == std::string::npos && read(child.err, &c, 1) == 1) announced += c;
  size_t colon = announced.rfind(':');
  ASSERT_NE(colon, std::string::npos) << announced;
  ASSERT_NE(announced.find("127.0.0.1"), std::string::npos) << announced;
  int port = std::stoi(announced.substr(colon + 1));
  int sock = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(connect(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  converse(sock, sock);
  EXPECT_EQ(wait_status(child.pid), 0);
  close(sock);
  close(child.in);
  close(child.out);
  close(child.err);
}

TEST(LspProcess, ListenRejectsABadAddress) {
  Child child = spawn({"lsp", "--listen", "localhost:notaport"});
  ASSERT_GT(child.pid, 0);
  EXPECT_EQ(wait_status(child.pid), 2);
  close(child.in);
  close(child.out);
  close(child.err);
}

}  // namespace
