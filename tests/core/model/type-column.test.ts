// A column of a few words of code, each again and again, beside a column of prose
// (src/core/model/evidence/type-column.ts): the rows are the keys of one program's
// reference, not things compared. Made-up notes in the shapes of component-library
// and server-option pages, and the look-alikes that do compare or are left as they were.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";
import { VaultIndex } from "../../../src/core/vault/vault-index";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const rowRules = (text: string) => analyzeNote({ path: "note.md", text }, NO_VAULT).explanation[0]?.rows.evidence.map((e) => e.rule) ?? [];

describe("a column of types beside a description", () => {
	it("leaves a component's attribute table alone, in French, whatever the defaults are", () => {
		const attributes = lines(
			"## Attributs",
			"",
			"| Attribut | Description | Type | Valeurs acceptées | Défaut |",
			"|---|---|---|---|---|",
			"| min | Valeur minimale du curseur. | number | — | 0 |",
			"| max | Valeur maximale du curseur. | number | — | 100 |",
			"| disabled | Si le curseur est désactivé. | boolean | — | false |",
			"| step | La taille du pas entre deux valeurs. | number | — | 1 |",
			"| show-input | Si un champ de saisie doit être affiché. | boolean | — | false |",
			"| format-tooltip | Formate la valeur affichée dans la bulle. | function() | — | — |",
			"| tooltip-class | Classe ajoutée à la bulle du curseur. | string | — | — |",
		);
		expect(rowRules(attributes)).toContain("type-column");
		expect(note(attributes).tables[0]?.frameworkAxis).toBe("none");
		expect(note(attributes).frameworks).toEqual([]);
	});

	it("leaves a server's options alone, with Go's types and a description in Chinese", () => {
		const options = lines(
			"# 配置",
			"",
			"| 配置名称 | 类型 | 说明 |",
			"| :-- | :-- | :-- |",
			"| WithTransport | network.NewTransporter | 更换底层 transport，默认值受平台与环境变量影响 |",
			"| WithHostPorts | string | 指定监听的地址和端口，默认值为 8888 |",
			"| WithKeepAliveTimeout | time.Duration | tcp 长连接保活时间，一般情况下不用修改 |",
			"| WithReadTimeout | time.Duration | 底层读取数据超时时间，默认值为三分钟 |",
			"| WithIdleTimeout | time.Duration | 长连接请求链接空闲超时时间，默认值为三分钟 |",
			"| WithMaxRequestBodySize | int | 配置最大的请求体大小，默认四兆字节 |",
			"| WithStreamBody | bool | 在流中读取请求体，默认关闭该功能 |",
			"| WithGetOnly | bool | 是否只支持 GET 请求，默认关闭该功能 |",
		);
		expect(rowRules(options)).toContain("type-column");
		expect(note(options).frameworks).toEqual([]);
	});

	it("says nothing of a few package managers written in small letters, nor of costs written as n and log(n)", () => {
		const managers = lines(
			"## パッケージマネージャー",
			"",
			"| プラットフォーム | メイン | サブ | 備考 |",
			"| --- | --- | --- | --- |",
			"| macOS | Homebrew | - | |",
			"| Ubuntu | Homebrew | apt | GUI アプリは snap で入れる |",
			"| Mint | Homebrew | apt | GUI アプリは flatpak で入れる |",
			"| Windows | Scoop | winget | |",
		);
		expect(rowRules(managers)).not.toContain("type-column");
		const costs = lines(
			"| Structure | Access | Search | Insert | Notes |",
			"| --- | --- | --- | --- | --- |",
			"| Array | 1 | n | n | contiguous memory, fixed size |",
			"| Stack | n | n | 1 | last in, first out only |",
			"| Queue | n | n | 1 | first in, first out only |",
			"| Binary search tree | log(n) | log(n) | log(n) | worst case when unbalanced is n |",
			"| Hash table | n | n | n | constant on average with a good hash |",
		);
		expect(rowRules(costs)).not.toContain("type-column");
	});

	it("keeps a list of crates with a measured column, though its categories are words in small letters", () => {
		const crates = lines(
			"# Rust parsing crates",
			"",
			"| Crate | Category | Downloads | Description |",
			"| --- | --- | --- | --- |",
			"| nom | parser | 120000000 | Parser combinators built on byte slices and streams |",
			"| pest | parser | 40000000 | A PEG parser generator with grammar files |",
			"| clap | cli | 300000000 | Command line argument parser with derive support |",
			"| argh | cli | 5000000 | Derive based argument parsing optimized for size |",
			"| serde | serialization | 400000000 | Generic serialization framework for Rust data |",
		);
		expect(rowRules(crates)).not.toContain("type-column");
		// A word among the figures (a crate too new to count) leaves the column measured.
		expect(rowRules(crates.replace("| 5000000 |", "| new |"))).not.toContain("type-column");
	});

	it("says nothing of two words again and again, nor of rows the note names as its subjects", () => {
		const runtimes = (title: string) =>
			lines(
				title,
				"",
				"| ORM | Runtime | Summary |",
				"| --- | --- | --- |",
				"| Prisma | node | Schema first, generates a typed client from one file |",
				"| Drizzle | node | SQL-like queries in TypeScript with no code generation |",
				"| TypeORM | node | Decorators on classes, both active record and data mapper |",
				"| Sequelize | node | The oldest of them, promise based and widely used |",
				"| Deno KV ORM | deno | A thin layer over Deno's own key-value store |",
			);
		expect(rowRules(runtimes("# ORMs I tried"))).not.toContain("type-column");
		const typed = lines(
			"# Prisma vs Drizzle vs TypeORM",
			"",
			"| ORM | Config type | Summary |",
			"| --- | --- | --- |",
			"| Prisma | string | Schema first, generates a typed client from one file |",
			"| Drizzle | object | SQL-like queries in TypeScript with no code generation |",
			"| TypeORM | object | Decorators on classes, both active record and data mapper |",
			"| Sequelize | function | The oldest of them, promise based and widely used |",
			"| MikroORM | string | Unit of work and identity map, as Hibernate has them |",
		);
		expect(rowRules(typed)).not.toContain("type-column");
		expect(rowRules(typed.replace("# Prisma vs Drizzle vs TypeORM", "# ORM settings"))).toContain("type-column");
	});

	it("still reads a reference whose keys each have a note of their own in the vault: notes are no title's word", () => {
		const vault = VaultIndex.build([
			{ path: "Props/size.md", aliases: [] },
			{ path: "Props/disabled.md", aliases: [] },
		]);
		const props = lines(
			"# Button",
			"",
			"| Prop | Type | Description |",
			"| --- | --- | --- |",
			"| [[size]] | string | The size of the button, small or large |",
			"| [[disabled]] | boolean | Whether the button can be pressed at all |",
			"| loading | boolean | Shows a spinner in place of the label |",
			"| onClick | function | Called with the event when it is pressed |",
			"| block | boolean | Stretches the button to the width of its parent |",
		);
		const explained = analyzeNote({ path: "Components/Button.md", text: props }, vault).explanation[0];
		expect(explained?.rows.evidence.map((e) => e.rule)).toContain("type-column");
	});

	it("leaves a client's options alone when unions are written with a full-width bar and the defaults mix numbers with other values", () => {
		const options = lines(
			"默认配置文件如下：",
			"",
			"| 配置 | 类型 | 默认值 | 备注 |",
			"| --- | --- | --- | --- |",
			"| connect_timeout | int｜float | -1 | 连接超时时间（单位：秒，支持小数），为 - 1 则不限制 |",
			"| send_timeout | int｜float | -1 | 发送超时时间（单位：秒，支持小数），为 - 1 则不限制 |",
			"| max_write_attempts | int | 3 | 最大写入尝试次数，超过后抛出异常 |",
			"| bootstrap_servers | array | '127.0.0.1:9092' | 引导服务器，如果配置了该值，会自动连接该服务器 |",
			"| acks | int | 0 | 生产者要求领导者在确认请求完成之前已收到的确认数值 |",
			"| auto_create_topic | bool | true | 是否自动创建主题，默认开启该功能 |",
			"| interval | int｜float | 0 | 未获取消息到消息时，间隔多少秒再次尝试，默认为 0 |",
			"| session_timeout | int｜float | 60 | 如果超时后没有收到心跳信号，则协调器会认为该用户死亡 |",
		);
		expect(rowRules(options)).toContain("type-column");
		expect(note(options).tables[0]?.frameworkAxis).toBe("none");
		expect(note(options).frameworks).toEqual([]);
	});

	it("keeps comparing services whose runtime column mixes names in small letters and capitalised ones", () => {
		const hosts = lines(
			"# Where to host a small API",
			"",
			"| Service | Runtime | Free tier | Edge | Notes |",
			"| --- | --- | --- | --- | --- |",
			"| Vercel | node | ✅ | ✅ | Functions time out after ten seconds on the free plan |",
			"| Fly.io | Docker | ✅ | ❌ | Machines sleep when idle and wake on the first request |",
			"| Cloudflare | workerd | ✅ | ✅ | Workers run at the edge with a small memory limit |",
			"| Railway | Docker | ❌ | ❌ | Usage-based billing after the trial credit runs out |",
			"| Render | node | ✅ | ❌ | Free web services spin down after fifteen minutes |",
			"| Deno Deploy | deno | ✅ | ✅ | Isolates start fast and run close to the visitor |",
		);
		expect(rowRules(hosts)).not.toContain("type-column");
		expect(note(hosts).tables[0]?.frameworkAxis).toBe("rows");
	});

	it("reads types a component library writes as code spans side by side: literals, several types, function types", () => {
		const props = lines(
			"# Table",
			"",
			"## Свойства",
			"",
			"| Имя | Описание | Тип | По умолчанию |",
			"|---|---|---|---|",
			"| id | Идентификатор столбца. | `string` | |",
			"| name | Название столбца, текст или элемент. | `string` `(() => React.ReactNode)` | |",
			"| template | Содержимое ячейки для каждой строки. | `string` `((item: any, index: number) => React.ReactNode)` | |",
			"| align | Выравнивание содержимого ячейки. | `\"start\"` `\"center\"` `\"end\"` | `\"start\"` |",
			"| sticky | Закрепляет столбец у края таблицы. | `\"start\"` `\"end\"` | |",
			"| primary | Отмечает главный столбец таблицы. | `boolean` | `false` |",
			"| width | Ширина столбца в пикселях или строкой. | `number` `string` | |",
		);
		expect(rowRules(props)).toContain("type-column");
		expect(note(props).frameworks).toEqual([]);
	});

	it("takes plain words side by side for a list, not for several types: the bindings of serialization formats", () => {
		const formats = lines(
			"# Picking a serialization format",
			"",
			"| Format | License | Zero copy | Official bindings | Summary |",
			"|---|---|---|---|---|",
			"| Protobuf | BSD | ❌ | go java python | Schema first binary format with code generation from proto files |",
			"| Thrift | Apache | ❌ | java python | Apache project with its own RPC layer and many transports |",
			"| Avro | Apache | ❌ | java python | The schema travels with the data, which suits Hadoop pipelines |",
			"| Cap'n Proto | MIT | ✅ | go python | Zero copy reads with no parsing step at all on receive |",
			"| FlatBuffers | Apache | ✅ | go java | Access serialized data without unpacking it first |",
		);
		expect(rowRules(formats)).not.toContain("type-column");
		expect(note(formats).tables[0]?.frameworkAxis).toBe("rows");
	});

	it("reads a reference split into a table per section, each too short to show its types repeat, as one list: its header says so", () => {
		const sections = lines(
			"# Table",
			"",
			"## Actions",
			"",
			"| Name | Description | Type |",
			"| :--- | :--- | :---: |",
			"| title | The title of the group of actions. | `string` |",
			"| items | The actions of the group, in order. | `TableActionConfig[]` |",
			"",
			"## Settings",
			"",
			"| Name | Description | Type | Default |",
			"| :--- | :--- | :---: | :---: |",
			"| width | The width of the settings popup in pixels. | `number` | `300` |",
			"| sortable | Turns sorting of the settings on or off. | `boolean` | `true` |",
			"| filterable | Turns filtering of the settings on or off. | `boolean` | `false` |",
			"",
			"## Column",
			"",
			"| Name | Description | Type | Default |",
			"| :--- | :--- | :---: | :---: |",
			"| title | The text at the head of the column. | `string` | |",
			"| primary | Marks the main column of the table. | `boolean` | `false` |",
			"",
			"## Copy",
			"",
			"| Name | Description | Type |",
			"| :--- | :--- | :---: |",
			"| copy | The text copied, or true to copy the cell as it is. | `string` |",
		);
		const model = note(sections);
		expect(model.tables.map((table) => table.frameworkAxis)).toEqual(["none", "none", "none", "none"]);
		expect(model.frameworks).toEqual([]);
	});

	it("still compares libraries split into small tables of one header, whose languages are names", () => {
		const sections = lines(
			"# HTTP clients",
			"",
			"## Small",
			"",
			"| Name | Language | Stars | Description |",
			"| --- | --- | --- | --- |",
			"| Axios | JavaScript | 105k | Promise based client for the browser and Node |",
			"| Requests | Python | 52k | HTTP for humans, with sessions and retries built in |",
			"",
			"## Big",
			"",
			"| Name | Language | Stars | Description |",
			"| --- | --- | --- | --- |",
			"| OkHttp | Kotlin | 46k | Square's client with connection pooling and caching |",
			"| Reqwest | Rust | 10k | An ergonomic client with async and blocking modes |",
			"| Guzzle | PHP | 23k | A client that makes sending requests easy and fast |",
		);
		const model = note(sections);
		expect(model.tables.map((table) => table.frameworkAxis)).toEqual(["rows", "rows"]);
		expect(model.frameworks).toEqual(["Axios", "Requests", "OkHttp", "Reqwest", "Guzzle"]);
	});

	it("still compares tools split into small tables by section, whose kind is a category in small letters, not code", () => {
		const sections = lines(
			"# Terminal tools I use",
			"",
			"## File managers",
			"",
			"| Tool | Kind | Platforms | Notes |",
			"| --- | --- | --- | --- |",
			"| ranger | tui | Linux, macOS | Vim keys, previews through scope.sh and a lot of config |",
			"| Yazi | tui | Linux, macOS, Windows | Async, written in Rust, image previews out of the box |",
			"| Double Commander | gui | Linux, Windows | Two panes like Total Commander, plugins for archives |",
			"",
			"## Search",
			"",
			"| Tool | Kind | Platforms | Notes |",
			"| --- | --- | --- | --- |",
			"| ripgrep | cli | Linux, macOS, Windows | Respects gitignore, the fastest grep I have tried |",
			"| fzf | cli | Linux, macOS, Windows | Fuzzy finder for anything piped into it, great with rg |",
			"| Everything | gui | Windows | Instant file name search over the whole NTFS index |",
		);
		const model = note(sections);
		expect(model.tables.map((table) => table.frameworkAxis)).toEqual(["rows", "rows"]);
		expect(model.frameworks).toEqual(["ranger", "Yazi", "Double Commander", "ripgrep", "fzf", "Everything"]);
	});
});

describe("types as a typed language writes them: capitals, plain text, the program's own classes among them", () => {
	it("leaves a component's props alone when its types are written with capitals and slashes", () => {
		const props = lines(
			"### Button Props",
			"",
			"名称 | 类型 | 默认值 | 说明 | 必传",
			"-- | -- | -- | -- | --",
			"block | Boolean | false | 是否为块级元素 | N",
			"content | String / Slot / Function | - | 按钮内容，可以是文字或者渲染函数 | N",
			"disabled | Boolean | undefined | 禁用状态，优先级高于表单的禁用状态 | N",
			"loadingProps | Object | - | 透传加载组件的全部属性 | N",
			"size | String | medium | 组件尺寸，可选项为小中大三种 | N",
			"onClick | Function | | 点击按钮时触发的回调 | N",
		);
		expect(rowRules(props)).toContain("type-column");
		expect(note(props).frameworks).toEqual([]);
	});

	it("leaves four attributes alone whose types are written plain and each but one once", () => {
		const attributes = lines(
			"## Kafka attributes",
			"",
			"| Key | Stability | Value Type | Description | Example Values |",
			"| --- | --- | --- | --- | --- |",
			"| `messaging.kafka.cluster.id` | development | string | The cluster ID obtained from the broker metadata. | `eu-1` |",
			"| `messaging.kafka.message.key` | development | string | The key used to group alike messages on one partition. | `myKey` |",
			"| `messaging.kafka.message.tombstone` | development | boolean | Whether the message is a tombstone for its key. | |",
			"| `messaging.kafka.offset` | development | int | The offset of a record in its partition. | `42` |",
		);
		expect(rowRules(attributes)).toContain("type-column");
		expect(note(attributes).frameworks).toEqual([]);
	});

	it("leaves each method's parameters alone, read with the other methods' tables of the same header", () => {
		const parameters = (name: string, rows: string[]) => ["", `### ${name}`, "", "参数名 | 类型 | 是否必须 | 说明", "---|---|---|---", ...rows];
		const reference = lines(
			"# DefaultMQProducer",
			...parameters("send", ["msg | Message | 是 | 待发送的单条消息", "mq | MessageQueue | 是 | 待投递的消息队列", "sendCallback | SendCallback | 是 | 回调接口的实现", "timeout | long | 否 | 发送超时时间，单位毫秒"]),
			...parameters("createTopic", ["key | String | 是 | 访问密钥", "newTopic | String | 是 | 新建主题的名称", "queueNum | int | 是 | 主题的队列数量"]),
			...parameters("earliestMsgStoreTime", ["mq | MessageQueue | 是 | 要查询的消息队列"]),
		);
		const model = note(reference);
		expect(model.tables.map((table) => table.frameworkAxis)).toEqual(["none", "none", "none"]);
		expect(model.frameworks).toEqual([]);
	});

	it("still compares databases whose type column names an object store once among other kinds", () => {
		const databases = lines(
			"# Databases for the side project",
			"",
			"| Database | Type | License | Hosted by | Notes |",
			"| --- | --- | --- | --- | --- |",
			"| [[PostgreSQL]] | Relational | PostgreSQL | Neon, Supabase | The default choice, extensions for everything I need |",
			"| [[MongoDB]] | Document | SSPL | Atlas | Flexible schema, but transactions came late to it |",
			"| [[Redis]] | Key-value | BSD | Upstash | In memory first, persistence is an option on top |",
			"| [[MinIO]] | Object | AGPL | none | S3 compatible storage that I can run on my own box |",
		);
		expect(rowRules(databases)).not.toContain("type-column");
		expect(note(databases).frameworks).toEqual(["PostgreSQL", "MongoDB", "Redis", "MinIO"]);
	});
});

describe("a column of classes in a comparison of libraries", () => {
	it("still compares date libraries whose Returns column names classes beside Date: the rows are products, not keys", () => {
		const libraries = lines(
			"# Picking a date library for the dashboard",
			"",
			"| Library | Returns | Immutable | Notes |",
			"|---|---|---|---|",
			"| Moment.js | Moment | No | legacy, in maintenance mode, large bundle size |",
			"| Luxon | DateTime | Yes | from a Moment maintainer, good time zone support built in |",
			"| date-fns | Date | Yes | plain functions over native Date objects, tree-shakeable |",
			"| Day.js | Dayjs | No | tiny Moment-compatible API with plugins for extras |",
		);
		expect(rowRules(libraries)).not.toContain("type-column");
		expect(note(libraries).frameworks).toEqual(["Moment.js", "Luxon", "date-fns", "Day.js"]);
	});
});
