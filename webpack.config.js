/* eslint-env node */
/**
 * One HTML page (taskpane.html) hosts the shared runtime: the task pane, the custom functions and
 * the ribbon commands all load there (manifest: <Runtime resid="Shared.Url" lifetime="long"/>).
 *
 * URLs: the manifest is written for https://localhost:3000/ (dev server). A production build
 * rewrites EVERY occurrence to the deploy URL, taken from one place:
 *   STOCKUP_DEPLOY_URL env var, else package.json "config.deploy_url".
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources } = require("webpack");
const pkg = require("./package.json");

const DEV_URL = `https://localhost:${pkg.config.dev_server_port}/`;

function deployUrl() {
  const url = process.env.STOCKUP_DEPLOY_URL || pkg.config.deploy_url;
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(url)) {
    throw new Error(`deploy URL must be https and end with "/": got ${url}`);
  }
  return url;
}

/** Rewrites every dev URL in the manifest (not just the first, a classic template bug). */
function rewriteManifest(xml, targetUrl) {
  return xml
    .split(DEV_URL)
    .join(targetUrl)
    .split(DEV_URL.replace(/\/$/, ""))
    .join(targetUrl.replace(/\/$/, ""));
}

/**
 * Emits functions.zh-CN.json next to functions.json (which the metadata plugin generates from
 * the JSDoc in src/functions/functions.ts). The translation lives in src/functions/localize.ts,
 * loaded through tsx so the build and the tests share one TypeScript source.
 */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "LocalizedFunctionsMetadata",
          stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const en = compilation.getAsset("functions.json");
          if (!en) return;
          const source = path.resolve(__dirname, "src/functions/localize.ts");
          if (!require("node:fs").existsSync(source)) {
            compilation.warnings.push(
              new Error("src/functions/localize.ts missing: no functions.zh-CN.json"),
            );
            return;
          }
          const { localizeFunctionsMetadata } = require("tsx/cjs/api").require(source, __filename);
          const zh = localizeFunctionsMetadata(JSON.parse(en.source.source().toString()), "zh-CN");
          compilation.emitAsset("functions.zh-CN.json", new sources.RawSource(JSON.stringify(zh, null, 2)));
        },
      );
    });
  }
}

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false }, // budgets are reported by `npm run bench` (bench/bundle.bench.ts)
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "assets/help.html" },
          { from: "assets/sample/*.{csv,json}", to: "assets/sample/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : rewriteManifest(content.toString(), deployUrl())),
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await httpsOptions() : undefined },
      port: pkg.config.dev_server_port,
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_URL = DEV_URL;
