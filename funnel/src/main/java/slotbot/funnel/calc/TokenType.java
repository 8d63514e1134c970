package slotbot.funnel.calc;

enum TokenType {
    // Brackets and separators.
    LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, LEFT_BRACE, RIGHT_BRACE, COMMA, COLON,
    // Operators.
    PLUS, MINUS, STAR, SLASH, PERCENT, POWER,
    EQUAL, EQUAL_EQUAL, BANG, BANG_EQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL,
    AND, OR, NOT,
    // Literals and names.
    IDENTIFIER, STRING, NUMBER, TRUE, FALSE, NONE,
    // Substitution: #{ … } in code or inside a text, and a text with substitutions cut into its pieces.
    SUBST_OPEN, SUBST_CLOSE, TEMPLATE_HEAD, TEMPLATE_PART, TEMPLATE_TAIL,
    // Structure.
    NEWLINE, ERROR, EOF
}
