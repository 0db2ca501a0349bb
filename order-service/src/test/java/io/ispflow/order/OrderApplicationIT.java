package io.ispflow.order;

import io.ispflow.testsupport.ServiceBootContract;

class OrderApplicationIT extends ServiceBootContract {}
