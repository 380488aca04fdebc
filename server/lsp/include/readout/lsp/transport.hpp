// Running the server over a byte stream with Boost.Asio: stdin/stdout, or one TCP connection.
#pragma once

#include <functional>
#include <string>

#include "readout/lsp/server.hpp"

namespace readout::lsp {

// Serves LSP on stdin/stdout until `exit` or end of input. Returns the exit status.
int serve_stdio(const Server::Options& options);

// Listens on host:port (port 0 picks a free one), calls `listening` with the bound
// "address:port", serves the first connection, and returns its exit status.
int serve_tcp(const std::string& host, unsigned short port, const Server::Options& options,
              const std::function<void(const std::string&)>& listening);

}  // namespace readout::lsp
