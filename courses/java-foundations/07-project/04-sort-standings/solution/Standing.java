public record Standing(String team, int points, int goalDifference) {
}
