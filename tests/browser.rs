//! The web page in a real browser on a phone-sized screen (360 × 740): headless Chromium driven
//! over WebDriver. It needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them)
//! and fails, naming them, when they are missing. Screenshots go to `target/browser/`.

mod common;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::server::Server;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// The phone's screen, in CSS pixels.
const WIDTH: u32 = 360;
const HEIGHT: u32 = 740;

/// A program on the `PATH`, or a failure that names the package to install.
fn program(name: &str, package: &str) -> PathBuf {
    std::env::var_os("PATH")
        .and_then(|path| {
            std::env::split_paths(&path)
                .map(|dir| dir.join(name))
                .find(|p| p.is_file())
        })
        .unwrap_or_else(|| panic!("`{name}` is not installed: the browser test needs Debian's {package}"))
}

/// chromedriver on a free port, stopped when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    fn start() -> Driver {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(program("chromedriver", "chromium-driver"))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn phone(driver: &Driver) -> Client {
    let chromium = program("chromium", "chromium");
    let options = json!({
        "binary": chromium,
        // As root, Chromium runs only without its sandbox.
        "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 format!("--window-size={WIDTH},{HEIGHT}")],
        "mobileEmulation": {"deviceMetrics": {"width": WIDTH, "height": HEIGHT, "pixelRatio": 1.0, "touch": true}},
    });
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("goog:chromeOptions".into(), options);
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&driver.url)
        .await
        .expect("a Chromium session")
}

/// The page fits the phone's width: nothing to scroll sideways.
async fn fits(client: &Client) {
    let widths = client
        .execute(
            "return [document.documentElement.scrollWidth, window.innerWidth];",
            vec![],
        )
        .await
        .unwrap();
    let url = client.current_url().await.unwrap();
    assert_eq!(widths, json!([WIDTH, WIDTH]), "{url} scrolls sideways");
}

async fn screenshot(client: &Client, name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser");
    std::fs::create_dir_all(&dir).unwrap();
    let png = client.screenshot().await.unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

async fn click(client: &Client, css: &str) {
    client
        .wait()
        .for_element(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

async fn text(client: &Client, css: &str) -> String {
    client
        .wait()
        .for_element(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn path_and_query(client: &Client) -> String {
    let url = client.current_url().await.unwrap();
    format!("{}?{}", url.path(), url.query().unwrap_or_default())
}

/// Search a pasted message and open the hit; walk the wizard by clicking to a solution, go
/// back with the browser's Back, press 没解决 and read the hand-off code, go back to the result
/// and press it again.
async fn walk(client: &Client, base: &str, lang: &str) -> String {
    let suffix = if lang == "en" { "?lang=en" } else { "" };
    client.goto(&format!("{base}/{suffix}")).await.unwrap();
    fits(client).await;
    screenshot(client, &format!("{lang}-home")).await;
    let search = client.wait().for_element(Locator::Css("textarea#q")).await.unwrap();
    search
        .send_keys("你的账号已被禁用，请联系该公司的管理员")
        .await
        .unwrap();
    click(client, "form.search button[type=submit]").await;
    let first_hit = text(client, "ol.hits li a").await;
    assert!(first_hit.starts_with("FAQ 15"), "{first_hit}");
    fits(client).await;
    click(client, "ol.hits li a").await;
    assert!(text(client, "h1").await.starts_with("FAQ 15"));
    assert!(path_and_query(client).await.starts_with("/faq/15?"));
    fits(client).await;

    client.goto(&format!("{base}/{suffix}")).await.unwrap();
    click(client, "a.button.primary").await;
    text(client, "h1#question").await;
    click(client, r#"a[href*="a=has_message"]"#).await;
    text(client, "h1#question").await;
    fits(client).await;
    screenshot(client, &format!("{lang}-question")).await;
    click(client, r#"a[href*="msg_disabled"]"#).await;
    let steps = text(client, "ol.steps").await;
    assert!(!steps.is_empty());
    fits(client).await;
    screenshot(client, &format!("{lang}-result")).await;
    // The browser's Back: the question before, as it was.
    client.back().await.unwrap();
    let question = text(client, "h1#question").await;
    assert!(path_and_query(client).await.starts_with("/diagnose?a=has_message"));
    assert!(!question.is_empty());
    click(client, r#"a[href*="msg_disabled"]"#).await;
    // 没解决 is a form's button: it posts, and the browser lands on the hand-off with the key.
    click(client, r#"form[action^="/handoff"] button"#).await;
    let code = text(client, "#code").await;
    assert!(
        path_and_query(client)
            .await
            .starts_with("/handoff?a=has_message,msg_disabled&s=")
    );
    fits(client).await;
    screenshot(client, &format!("{lang}-handoff")).await;
    // Pressed by mistake: 上一步 goes back to the result, and 没解决 works again from there.
    click(client, "a.button.back").await;
    assert!(!text(client, "ol.steps").await.is_empty());
    assert!(
        path_and_query(client)
            .await
            .starts_with("/diagnose?a=has_message,msg_disabled&s=")
    );
    click(client, r#"form[action^="/handoff"] button"#).await;
    assert_eq!(text(client, "#code").await, code);
    code
}

#[tokio::test(flavor = "multi_thread")]
async fn a_phone_searches_and_walks_the_wizard_to_a_hand_off() {
    let driver = Driver::start();
    let server = Server::start();
    let base = format!("http://{}", server.address);
    let client = phone(&driver).await;
    for lang in ["zh", "en"] {
        let code = walk(&client, &base, lang).await;
        let (version, answers) = code.split_once('-').unwrap_or_else(|| panic!("{code}"));
        assert_eq!((version.len(), answers), (6, "1.5"), "{code}");
        // The desk continues from the code.
        let run = common::wecom(&["diagnose", "--resume", &code, "--format", "json"]).expect_code(0);
        assert_eq!(run.json()["solutions"], json!(["15"]));
    }
    // English pages keep English: the heading of the hand-off.
    assert_eq!(text(&client, "h1").await, "Pass it to the support desk");
    client.close().await.unwrap();
    // A real browser's clicks are this site's own: each walk reached FAQ 15 twice by clicking
    // (before and after Back), and the second has its 没解决.
    let journal = server.folder.path().join("journal.sqlite3");
    let sql = "SELECT lang || ' ' || solutions || ' ' || ifnull(feedback, '-') FROM sessions ORDER BY 1";
    let started = std::time::Instant::now();
    loop {
        let rows: Vec<String> = common::journal_rows(&journal, sql)
            .into_iter()
            .map(|mut r| r.swap_remove(0))
            .collect();
        if rows == ["en 15 -", "en 15 not_solved", "zh 15 -", "zh 15 not_solved"] {
            break;
        }
        assert!(started.elapsed().as_secs() < 5, "journal: {rows:?}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let (code, _) = server.terminate();
    assert_eq!(code, Some(0));
}
