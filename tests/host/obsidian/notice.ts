export class Notice {
	noticeEl: HTMLElement;
	containerEl: HTMLElement;
	messageEl: HTMLElement;
	private timer: number | undefined;

	constructor(message: string | DocumentFragment, duration = 5000) {
		let container = document.querySelector<HTMLElement>(".notice-container");
		if (!container) {
			container = document.body.createDiv({ cls: "notice-container" });
		}
		this.containerEl = container;
		this.noticeEl = container.createDiv({ cls: "notice" });
		this.messageEl = this.noticeEl.createDiv({ cls: "notice-message" });
		this.setMessage(message);
		this.noticeEl.addEventListener("click", () => this.hide());
		if (duration > 0) this.timer = window.setTimeout(() => this.hide(), duration);
	}

	setMessage(message: string | DocumentFragment): this {
		this.messageEl.empty();
		if (typeof message === "string") this.messageEl.setText(message);
		else this.messageEl.appendChild(message);
		return this;
	}

	hide(): void {
		window.clearTimeout(this.timer);
		this.noticeEl.detach();
	}
}
