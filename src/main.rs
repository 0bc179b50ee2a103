fn main() {
    savoir::start();
}
