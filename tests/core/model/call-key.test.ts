// A label written as the way a program is called (`--help`, `GET /api/plan`) is a key of a
// reference, not a thing compared. Made-up notes, read through the whole note model as the
// plugin and the command line read them.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("options and endpoints down a table are a reference's keys", () => {
	it("gives no toolbar to a command's options, whose type and 'required' columns repeat their values", () => {
		const options = lines(
			"## オプション一覧",
			"",
			"| オプション | エイリアス | 説明 | 値の型 | 必須 |",
			"|---|---|---|---|---|",
			"| --help | -h | ヘルプを表示 | boolean | いいえ |",
			"| --version | -v | バージョンを表示 | boolean | いいえ |",
			"| --from | -f | 入力ファイル | string | いいえ |",
			"| --destination | -o | 出力ファイル | string | いいえ |",
			"| --config=<file> | -c | 設定ファイル | string | いいえ |",
		);
		expect(note(options).tables[0]?.frameworkAxis).toBe("none");
		expect(note(options).frameworks).toEqual([]);
	});

	it("gives no toolbar to a server's endpoints, each a method and a path", () => {
		const endpoints = lines(
			"## 接口",
			"",
			"| 接口 | 文件 | 行号 |",
			"|---|---|---|",
			"| GET /api/plan | server/index.ts | 132-134 |",
			"| POST /api/approve | server/index.ts | 200-277 |",
			"| POST /api/deny | server/index.ts | 279-301 |",
			"| GET /api/image | server/image.ts | 12-40 |",
			"",
			"### GET /api/plan",
			"",
			"返回当前计划。",
			"",
			"### POST /api/approve",
			"",
			"批准计划。",
		);
		expect(note(endpoints).frameworks).toEqual([]);
	});

	it("still reads compiler flags across the header over times, as builds a benchmark runs", () => {
		const flags = lines("# Optimisation levels", "", "| Program | -O0 | -O2 | -O3 |", "|---|---|---|---|", "| nbody | 12.1 s | 4.2 s | 3.9 s |", "| fannkuch | 20.5 s | 7.7 s | 7.1 s |", "| spectralnorm | 9.3 s | 2.8 s | 2.6 s |");
		expect(note(flags).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(flags).frameworks).toEqual(["-O0", "-O2", "-O3"]);
	});

	it("still reads the tools of a comparison whose cells write options", () => {
		const tools = lines("# Search tools", "", "| Tool | Ignore files | JSON output |", "|---|---|---|", "| ripgrep | --ignore-file | --json |", "| ag | --path-to-ignore | none |", "| grep | --exclude-from | none |");
		expect(note(tools).frameworks).toEqual(["ripgrep", "ag", "grep"]);
	});
});

describe("signatures down a table are a class's methods", () => {
	it("gives no toolbar to a class's constructors, though the heading names the class they all open with", () => {
		const constructors = lines(
			"# 生产者 API",
			"",
			"## DefaultMQProducer",
			"",
			"### 构造方法摘要",
			"",
			"|方法名称|方法描述|",
			"|-------|------------|",
			"|DefaultMQProducer()|由默认参数值创建一个生产者|",
			"|DefaultMQProducer(final String producerGroup)|使用指定的分组名创建一个生产者|",
			"|DefaultMQProducer(final String producerGroup, boolean enableMsgTrace)|使用指定的分组名创建一个生产者，并设置是否开启消息轨迹|",
			"|DefaultMQProducer(RPCHook rpcHook)|使用指定的hook创建一个生产者|",
			"|DefaultMQProducer(final String producerGroup, RPCHook rpcHook)|使用指定的分组名及自定义hook创建一个生产者|",
		);
		expect(note(constructors).tables[0]?.frameworkAxis).toBe("none");
		expect(note(constructors).frameworks).toEqual([]);
	});

	it("takes no call with its arguments for a signature: a benchmark's configurations of LED modules", () => {
		const grid = lines(
			"# LED module timings",
			"",
			"```",
			"+-------------------------------+-------------------+---------+",
			"| Functionality                 |   min/  avg/  max | samples |",
			"|-------------------------------+-------------------+---------|",
			"| Direct(4)                     |    80/   83/   88 |      40 |",
			"| Direct(4,subfields)           |     4/   14/   84 |     640 |",
			"| Hybrid(4,HardSpi)             |    36/   40/   44 |      40 |",
			"| Tm1637(4,SimpleTmi1637,100us) | 21008/21017/21024 |      10 |",
			"| Max7219(8,HardSpi)            |    24/   28/   32 |      40 |",
			"+-------------------------------+-------------------+---------+",
			"```",
		);
		const names = analyzeNote({ path: "note.md", text: grid }, NO_VAULT).explanation[0]?.rows.names ?? [];
		expect(names.map((name) => name.label)).toContain("Hybrid(4,HardSpi)");
		expect(names.flatMap((name) => name.evidence.map((e) => e.rule))).not.toContain("call-key");
	});

	it("still reads the ways to sort that a benchmark times, written as calls", () => {
		const calls = lines(
			"# Sorting a million numbers",
			"",
			"| Call | 1k items | 100k items | 1M items |",
			"|---|---|---|---|",
			"| _.sortBy(arr, fn) | 0.2 ms | 21 ms | 260 ms |",
			"| R.sort(cmp, arr) | 0.1 ms | 12 ms | 150 ms |",
			"| arr.toSorted(cmp) | 0.1 ms | 6 ms | 70 ms |",
			"| arr.sort(cmp) | 0.1 ms | 5 ms | 60 ms |",
		);
		expect(note(calls).tables[0]?.frameworkAxis).toBe("rows");
		// Named without their arguments, as brackets after a name are read (../../../src/core/model/name-forms.ts).
		expect(note(calls).frameworks).toEqual([".sortBy", "R.sort", "arr.toSorted", "arr.sort"]);
	});
});

describe("a product qualified in brackets is no signature", () => {
	it("keeps state libraries written with their API in brackets, without a space, as Chinese notes write them", () => {
		const libraries = lines(
			"# 前端状态管理对比",
			"",
			"| 方案 | 学习成本 | TypeScript 支持 | DevTools | 适用场景 |",
			"|---|---|---|---|---|",
			"| Vuex(Options API) | 中 | 一般 | ✅ | 老项目 |",
			"| Pinia(Composition API) | 低 | 好 | ✅ | 新项目 |",
			"| Redux(Redux Toolkit) | 高 | 好 | ✅ | 大型 React 项目 |",
			"| Zustand | 低 | 好 | ✅ | 中小型 React 项目 |",
			"| MobX | 中 | 好 | ✅ | 响应式偏好 |",
		);
		expect(note(libraries).frameworks).toEqual(["Vuex", "Pinia", "Redux", "Zustand", "MobX"]);
	});
});
