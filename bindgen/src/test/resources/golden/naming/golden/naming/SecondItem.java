package golden.naming;

public record SecondItem(String name, Item parent) {
}
