# The two commands of the README, set-up included.
.PHONY: setup serve test bench clean

setup:
	@scripts/setup.sh

serve: setup
	PATH="$(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$$PATH" TRUNK_SKIP_VERSION_CHECK=true \
		trunk serve --address 127.0.0.1 --port 8080

test: setup
	@scripts/test.sh

bench: setup
	@bench/run.sh

clean:
	cargo clean
	rm -rf dist node_modules
