package slotbot.funnel.calc;

import java.util.List;

/** One line of a block's code; {@link #token()} is where its errors point when no node is closer. */
sealed interface Stmt {

    Token token();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visitAssign(Assign stmt);

        R visitSetItem(SetItem stmt);

        R visitDelete(Delete stmt);

        R visitEvaluate(Evaluate stmt);
    }

    /** {@code name = value}; {@code dynamic} is set when the name is built while running ({@code #{q#{i}} = 1}). */
    record Assign(Token token, Expr.DynamicVariable dynamic, Expr value) implements Stmt {
        String name() {
            return (String) token.literal();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAssign(this);
        }
    }

    /** {@code name[k1][k2] = value}. */
    record SetItem(Token token, Expr.DynamicVariable dynamic, List<Expr> keys, Expr value) implements Stmt {
        String name() {
            return (String) token.literal();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSetItem(this);
        }
    }

    /** {@code del name}, {@code del name[k1][k2]}, or {@code name =} with nothing after it (the builder's way to clear). */
    record Delete(Token token, Expr.DynamicVariable dynamic, List<Expr> keys) implements Stmt {
        String name() {
            return (String) token.literal();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDelete(this);
        }
    }

    /** A bare expression, usually a call; its value is dropped. */
    record Evaluate(Expr expression) implements Stmt {
        public Token token() {
            return expression.token();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitEvaluate(this);
        }
    }
}
