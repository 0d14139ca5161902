//! Serving the pages over HTTP/1.1: a cap on connections, limits on what a request may send and
//! how slowly, and a shutdown on SIGTERM or Ctrl-C that lets requests in flight finish.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::error::{EXIT_OK, Error};
use crate::kb::t;
use crate::lang::Lang;
use crate::output::say;

/// Connections served at once; more wait in the system's queue until one closes.
const MAX_CONNECTIONS: usize = 1024;
/// How long a client may take to send a request's head, and how long an idle connection is
/// kept: a slow or silent client cannot hold a connection.
const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// The most a request's head may hold before the connection is refused with a bare 431. It is
/// above the limits `limits` answers with a page, so that those get their page.
const MAX_HEAD: usize = 256 * 1024;
/// How long requests in flight may take to finish once a shutdown is asked for.
const DRAIN: Duration = Duration::from_secs(10);

/// Serves `router` at `bind` until SIGTERM or Ctrl-C. The address served is printed on standard
/// error (with port 0, the one the system chose).
/// `then` is said right after the address.
pub fn run(router: Router, bind: SocketAddr, lang: Lang, then: &str) -> Result<i32, Error> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(serve(router, bind, lang, then))
}

async fn serve(router: Router, bind: SocketAddr, lang: Lang, then: &str) -> Result<i32, Error> {
    // The log: one line per finished diagnosis, on standard error.
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .try_init();
    let bound = |error| Error::Bind {
        address: bind.to_string(),
        error,
    };
    let listener = TcpListener::bind(bind).await.map_err(bound)?;
    let address = listener.local_addr().map_err(bound)?;
    say(&t!(lang, "web-serving", url = format!("http://{address}/")));
    say(then);
    let connections = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let graceful = GracefulShutdown::new();
    let shutdown = stop_asked();
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = connections.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors, or a connection reset before it was accepted: wait
                // a little rather than spin.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let connection = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(READ_TIMEOUT)
            .max_buf_size(MAX_HEAD)
            .serve_connection(TokioIo::new(stream), TowerToHyperService::new(router.clone()));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    say(&t!(lang, "web-stopping"));
    // Requests in flight finish; idle connections close now.
    let _ = tokio::time::timeout(DRAIN, graceful.shutdown()).await;
    Ok(EXIT_OK)
}

/// Resolves when SIGTERM or SIGINT (Ctrl-C) arrives.
async fn stop_asked() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut terminate = signal(SignalKind::terminate()).expect("a handler for SIGTERM");
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}
