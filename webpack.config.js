/**
 * Builds the add-in into dist/: taskpane.html (which also loads the functions, as the shared runtime needs),
 * functions.js, the functions' metadata in English and Vietnamese (functions.json, functions-vi.json: see
 * scripts/lib/functions-metadata.ts), the assets, and the manifest with the development address replaced by the
 * production one.
 *
 * The production address is a setting: CLUB_REPORT_URL (default below) lets an association host the add-in on its
 * own server, e.g. CLUB_REPORT_URL=https://addins.example.vn/club-report/ npm run build
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { WebpackError, sources } = require("webpack");
const { require: requireTs } = require("tsx/cjs/api");

const { functionsMetadata, FUNCTIONS_SOURCE, METADATA_FILES } = requireTs(
  "./scripts/lib/functions-metadata.ts",
  __filename
);

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PROD_URL = "https://club-report.example.org/";

function productionUrl() {
  const url = process.env.CLUB_REPORT_URL || DEFAULT_PROD_URL;
  if (!/^https:\/\/[^\s]+$/.test(url)) {
    throw new Error(`CLUB_REPORT_URL must be an https:// address, got "${url}"`);
  }
  return url.endsWith("/") ? url : url + "/";
}

/** Every development address becomes the production one; AppDomain names an origin, so it gets the origin. */
function productionManifest(xml) {
  const url = productionUrl();
  return xml.split(DEV_URL).join(url).split(new URL(DEV_URL).origin).join(new URL(url).origin);
}

/**
 * Emits the functions' metadata files. Microsoft's custom-functions-metadata-plugin would also append bare
 * CustomFunctions.associate calls to the script, which throw wherever the page loads outside Excel's runtime:
 * src/functions/index.ts binds the functions itself, guarded. Any error of the generator, or a description the
 * message catalogue lacks, fails the build (the generator's own command line would exit 0).
 */
class FunctionsMetadataPlugin {
  apply(compiler) {
    let metadata;
    compiler.hooks.beforeCompile.tapPromise("FunctionsMetadataPlugin", async () => {
      metadata = await functionsMetadata();
    });
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      for (const error of metadata.errors) {
        compilation.errors.push(new WebpackError(`${FUNCTIONS_SOURCE}: ${error}`));
      }
      if (metadata.errors.length > 0) return;
      for (const [lang, file] of Object.entries(METADATA_FILES)) {
        compilation.emitAsset(file, new sources.RawSource(metadata.files[lang]));
      }
    });
  }
}

/** Development serves over https with office-addin-dev-certs, loaded only here so that builds and tests never need it. */
async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = process.argv.some((arg) => arg === "serve");
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } },
          },
        },
      ],
    },
    performance: { maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
    plugins: [
      new FunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : productionManifest(content.toString())),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttps() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};
